import "server-only"

import Medusa from "@medusajs/js-sdk"
import { readFileSync } from "node:fs"
import path from "node:path"
import { parseEnv, type StorefrontEnv } from "./env"

// Read at run time, never while building: one build serves any backend.
let env: StorefrontEnv | null = null
let sdk: Medusa | null = null

function readMarketFileKey(): string | null {
  try {
    const file = path.join(process.cwd(), "..", ".data", "market.json")
    const data = JSON.parse(readFileSync(file, "utf8")) as {
      publishable_key?: unknown
    }
    return typeof data.publishable_key === "string"
      ? data.publishable_key
      : null
  } catch {
    return null
  }
}

export function getEnv(): StorefrontEnv {
  if (!env) {
    const fallback = process.env.MEDUSA_PUBLISHABLE_KEY
      ? null
      : readMarketFileKey()
    env = parseEnv(process.env, fallback)
  }
  return env
}

/** The single Medusa SDK instance, created on first use. */
export function getSdk(): Medusa {
  if (!sdk) {
    const { backendUrl, publishableKey } = getEnv()
    sdk = new Medusa({
      baseUrl: backendUrl,
      publishableKey,
    })
  }
  return sdk
}
