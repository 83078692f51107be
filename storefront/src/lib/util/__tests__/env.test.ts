import { describe, expect, it } from "vitest"
import { ConfigError, parseEnv } from "../../env"

describe("parseEnv", () => {
  it("defaults the backend URL to localhost:9000", () => {
    const env = parseEnv({ MEDUSA_PUBLISHABLE_KEY: "pk_123" })
    expect(env.backendUrl).toBe("http://localhost:9000")
    expect(env.publishableKey).toBe("pk_123")
    expect(env.revalidateSecret).toBeNull()
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
})
