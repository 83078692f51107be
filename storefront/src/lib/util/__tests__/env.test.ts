import { describe, expect, it } from "vitest"
import { ConfigError, parseEnv } from "../../env"

describe("parseEnv", () => {
  it("defaults the backend URL to localhost:9000", () => {
    const env = parseEnv({ MEDUSA_PUBLISHABLE_KEY: "pk_123" })
    expect(env.backendUrl).toBe("http://localhost:9000")
    expect(env.publishableKey).toBe("pk_123")
    expect(env.revalidateSecret).toBeNull()
    expect(env.trustedProxyHops).toBe(0)
  })

  it("falls back to the key from .data/market.json", () => {
    expect(parseEnv({}, "pk_file").publishableKey).toBe("pk_file")
    expect(
      parseEnv({ MEDUSA_PUBLISHABLE_KEY: "pk_env" }, "pk_file").publishableKey
    ).toBe("pk_env")
  })

  it("strips a trailing slash from the backend URL", () => {
    const env = parseEnv({
      MEDUSA_BACKEND_URL: "http://backend:9000/",
      MEDUSA_PUBLISHABLE_KEY: "pk_1",
      REVALIDATE_SECRET: "s3cret",
    })
    expect(env.backendUrl).toBe("http://backend:9000")
    expect(env.revalidateSecret).toBe("s3cret")
  })

  it("lists every problem at once", () => {
    expect(() => parseEnv({ MEDUSA_BACKEND_URL: "not a url" })).toThrow(
      ConfigError
    )
    try {
      parseEnv({ MEDUSA_BACKEND_URL: "ftp://x" })
    } catch (error) {
      expect(String(error)).toMatch(/http\(s\)/)
      expect(String(error)).toMatch(/MEDUSA_PUBLISHABLE_KEY is missing/)
    }
  })

  it("reads how many proxies stand in front of the storefront", () => {
    const env = (hops: string) =>
      parseEnv({ MEDUSA_PUBLISHABLE_KEY: "pk_1", TRUSTED_PROXY_HOPS: hops })
    expect(env("1").trustedProxyHops).toBe(1)
    expect(env(" 2 ").trustedProxyHops).toBe(2)
    expect(env("").trustedProxyHops).toBe(0)
  })

  it.each(["-1", "1.5", "one", "100", "0x1"])(
    "refuses TRUSTED_PROXY_HOPS=%s and says what it wants",
    (hops) => {
      expect(() =>
        parseEnv({ MEDUSA_PUBLISHABLE_KEY: "pk_1", TRUSTED_PROXY_HOPS: hops })
      ).toThrow(
        new RegExp(
          `TRUSTED_PROXY_HOPS must be the number of proxies.*"${hops}"`
        )
      )
    }
  )
})
