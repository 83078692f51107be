import type { Logger } from "@medusajs/framework/types"
import { readMarketEnv } from "../config/env"

export type RevalidationTag =
  | "products"
  | "producers"
  | "categories"
  // What is in season: the month's first run of jobs/revalidate-in-season.ts.
  | "in-season"

const TIMEOUT_MS = 5_000

type RevalidationTarget = {
  storefrontUrl: string
  secret: string | undefined
}

let targetFromEnv: RevalidationTarget | undefined

/** The env was validated at boot by medusa-config; read it once, on first use. */
function defaultTarget(): RevalidationTarget {
  if (!targetFromEnv) {
    const env = readMarketEnv()
    targetFromEnv = {
      storefrontUrl: env.STOREFRONT_INTERNAL_URL ?? env.STOREFRONT_PUBLIC_URL,
      secret: env.REVALIDATE_SECRET,
    }
  }
  return targetFromEnv
}

/**
 * Asks the storefront to regenerate the cached pages behind `tags` (the storefront
 * serves cached pages, so shoppers' traffic does not reach the backend). Never throws: a storefront that is down must not fail a backend write.
 */
export async function revalidateStorefront(
  tags: RevalidationTag[],
  logger: Logger,
  explicitTarget?: RevalidationTarget
): Promise<boolean> {
  let target: RevalidationTarget
  try {
    target = explicitTarget ?? defaultTarget()
  } catch (error) {
    logger.warn(
      `Storefront revalidation skipped: ${error instanceof Error ? error.message : String(error)}`
    )
    return false
  }
  if (!target.secret) {
    logger.debug(
      "REVALIDATE_SECRET is not set: skipping storefront revalidation"
    )
    return false
  }
  const endpoint = new URL("/api/revalidate", target.storefrontUrl).toString()
  try {
    const response = await fetch(endpoint, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-revalidate-secret": target.secret,
      },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    if (!response.ok) {
      logger.warn(
        `Storefront revalidation at ${endpoint} answered ${response.status}`
      )
      return false
    }
    return true
  } catch (error) {
    logger.warn(
      `Storefront revalidation at ${endpoint} failed: ${error instanceof Error ? error.message : String(error)}`
    )
    return false
  }
}

const COALESCE_MS = 250

let pendingTags = new Set<RevalidationTag>()
let pendingFlush: Promise<boolean> | null = null

/**
 * Queues a revalidation and sends one request for every burst of events (one price update
 * emits an event per price), with the union of their tags.
 */
export function scheduleStorefrontRevalidation(
  tags: RevalidationTag[],
  logger: Logger
): Promise<boolean> {
  tags.forEach((tag) => pendingTags.add(tag))
  if (!pendingFlush) {
    pendingFlush = new Promise<void>((resolve) =>
      setTimeout(resolve, COALESCE_MS)
    ).then(() => {
      const batch = [...pendingTags]
      pendingTags = new Set()
      pendingFlush = null
      return revalidateStorefront(batch, logger)
    })
  }
  return pendingFlush
}
