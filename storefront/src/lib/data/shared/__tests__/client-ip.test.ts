import { afterEach, describe, expect, it, vi } from "vitest"
import { parseEnv } from "@/lib/env"
import { FORWARDED_CHAIN_HEADER } from "@/lib/security/client-address"
import { clientIpHeaders } from "../client-ip"

// The headers every per-request backend call carries, from the stamped chain and the settings.
const request = vi.hoisted(() => ({ headers: new Headers() }))

vi.mock("server-only", () => ({}))
vi.mock("next/headers", () => ({ headers: async () => request.headers }))
// The settings are read once per process; here each case reads its own.
vi.mock("@/lib/config", () => ({
  getEnv: () => parseEnv(process.env),
}))

async function headersFor(chain: string | null, env: Record<string, string>) {
  request.headers = new Headers(
    chain === null ? {} : { [FORWARDED_CHAIN_HEADER]: chain }
  )
  vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", "pk_test")
  vi.stubEnv("TRUSTED_PROXY_HOPS", "0")
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value)
  return clientIpHeaders()
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe("clientIpHeaders", () => {
  it("sends the shopper's address with the shared secret", async () => {
    expect(
      await headersFor("6.6.6.6, 203.0.113.7", { REVALIDATE_SECRET: "s3cret" })
    ).toEqual({
      "x-client-ip": "203.0.113.7",
      "x-client-ip-secret": "s3cret",
    })
  })

  it("counts the configured proxies from the right", async () => {
    expect(
      await headersFor("6.6.6.6, 198.51.100.2, 10.0.0.5", {
        REVALIDATE_SECRET: "s3cret",
        TRUSTED_PROXY_HOPS: "1",
      })
    ).toMatchObject({ "x-client-ip": "198.51.100.2" })
  })

  it("sends nothing without the secret, which the backend needs to believe it", async () => {
    expect(await headersFor("203.0.113.7", { REVALIDATE_SECRET: "" })).toEqual(
      {}
    )
  })

  it("sends nothing for a request that was never stamped", async () => {
    expect(await headersFor(null, { REVALIDATE_SECRET: "s3cret" })).toEqual({})
  })
})
