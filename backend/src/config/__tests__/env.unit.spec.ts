import { DEVELOPMENT_SECRET, isDeployment, readMarketEnv } from "../env"
import { fileModule, redisModules } from "../modules"

const DATABASE_URL = "postgres://market:secret@localhost:5432/market"
const PRODUCTION = {
  NODE_ENV: "production",
  DATABASE_URL,
  JWT_SECRET: "a".repeat(32),
  COOKIE_SECRET: "b".repeat(32),
  REVALIDATE_SECRET: "c".repeat(32),
  VIETQR_ACCOUNT_NUMBER: "0123456789",
  VIETQR_WEBHOOK_KEY: "d".repeat(32),
}

function problemsOf(source: NodeJS.ProcessEnv): string {
  try {
    readMarketEnv(source)
  } catch (error) {
    return (error as Error).message
  }
  throw new Error("expected the configuration to be refused")
}

describe("backend configuration", () => {
  it("starts in development with only a database", () => {
    const env = readMarketEnv({ DATABASE_URL })
    expect(env.MEDUSA_WORKER_MODE).toBe("shared")
    expect(env.JWT_SECRET).toBe(DEVELOPMENT_SECRET)
    expect(env.REDIS_URL).toBeUndefined()
  })

  it("reads rate limits as <count>/<seconds> and proxy hops as a small whole number", () => {
    const env = readMarketEnv({
      DATABASE_URL,
      RATE_LIMIT_SIGN_IN_ACCOUNT: "5/60",
      TRUSTED_PROXY_HOPS: "1",
    })
    expect(env.RATE_LIMIT_SIGN_IN_ACCOUNT).toBe("5/60")
    expect(env.TRUSTED_PROXY_HOPS).toBe(1)
    expect(readMarketEnv({ DATABASE_URL }).TRUSTED_PROXY_HOPS).toBe(0)

    const message = problemsOf({
      DATABASE_URL,
      RATE_LIMIT_ORDER_LOOKUP: "10 per 15 minutes",
      TRUSTED_PROXY_HOPS: "-1",
    })
    expect(message).toContain(
      "RATE_LIMIT_ORDER_LOOKUP must be <count>/<seconds>, for example 10/900"
    )
    expect(message).toContain("TRUSTED_PROXY_HOPS must be 0 or more")
  })

  it("names every problem in one message", () => {
    const message = problemsOf({
      DATABASE_URL: "mysql://nope",
      MEDUSA_BACKEND_URL: "not a url",
      MEDUSA_WORKER_MODE: "both",
      REDIS_URL: "localhost:6379",
    })
    expect(message).toContain("DATABASE_URL must start with postgres://")
    expect(message).toContain("MEDUSA_BACKEND_URL")
    expect(message).toContain("MEDUSA_WORKER_MODE")
    expect(message).toContain("REDIS_URL must look like redis://host:6379")
    expect(message.match(/^ {2}- /gm)).toHaveLength(4)
  })

  it("reports a missing database together with production problems", () => {
    const message = problemsOf({ NODE_ENV: "production" })
    expect(message).toContain("DATABASE_URL is required")
    expect(message).toContain("JWT_SECRET is required in production")
    expect(message).toContain("COOKIE_SECRET is required in production")
    expect(message).toContain("REVALIDATE_SECRET is required in production")
  })

  it("refuses the development secrets in production", () => {
    const message = problemsOf({
      ...PRODUCTION,
      JWT_SECRET: DEVELOPMENT_SECRET,
      COOKIE_SECRET: "short-but-16-chars",
    })
    expect(message).toContain(
      "JWT_SECRET must be set to a private value in production"
    )
    expect(message).toContain("COOKIE_SECRET must be at least 32 characters")
  })

  it("accepts a complete production configuration", () => {
    const env = readMarketEnv({
      ...PRODUCTION,
      REDIS_URL: "redis://redis:6379",
      MEDUSA_WORKER_MODE: "worker",
    })
    expect(env.MEDUSA_WORKER_MODE).toBe("worker")
    expect(env.JWT_SECRET).toBe(PRODUCTION.JWT_SECRET)
  })

  it("keeps `npm start` on localhost in production without Redis", () => {
    const env = readMarketEnv({
      ...PRODUCTION,
      MEDUSA_BACKEND_URL: "http://127.0.0.1:9000",
    })
    expect(env.REDIS_URL).toBeUndefined()
  })

  it("recognises a deployment by a backend URL that is not this machine", () => {
    expect(isDeployment({})).toBe(false)
    expect(isDeployment({ MEDUSA_BACKEND_URL: "http://localhost:9000" })).toBe(
      false
    )
    expect(isDeployment({ MEDUSA_BACKEND_URL: "http://127.0.0.1:9000" })).toBe(
      false
    )
    expect(isDeployment({ MEDUSA_BACKEND_URL: "not a url" })).toBe(false)
    expect(isDeployment({ MEDUSA_BACKEND_URL: "https://api.xuantho.vn" })).toBe(
      true
    )
  })

  it("refuses a deployment on the development defaults, naming each setting", () => {
    const message = problemsOf({
      DATABASE_URL,
      MEDUSA_BACKEND_URL: "https://api.xuantho.vn",
      COOKIE_SECRET: DEVELOPMENT_SECRET,
      VIETQR_WEBHOOK_KEY: "xuan-tho-development-vietqr-key",
      VIETQR_ACCOUNT_NUMBER: "0123456789",
    })
    expect(message).toContain(
      "JWT_SECRET is required in a deployment (MEDUSA_BACKEND_URL https://api.xuantho.vn is not localhost)"
    )
    expect(message).toContain(
      "COOKIE_SECRET must be set to a private value in a deployment"
    )
    expect(message).toContain(
      "VIETQR_WEBHOOK_KEY must be set to a private value in a deployment"
    )
    expect(message).toContain("REDIS_URL is required in a deployment")
    expect(message).toContain(
      "STOREFRONT_PUBLIC_URL must be the storefront's public address in a deployment"
    )
    expect(message.match(/^ {2}- /gm)).toHaveLength(5)
  })

  it("refuses a deployment whose links would point at this machine or an internal service", () => {
    for (const address of [
      "http://localhost:8000",
      "http://storefront:8000",
      "not a url",
    ]) {
      expect(
        problemsOf({
          ...PRODUCTION,
          MEDUSA_BACKEND_URL: "https://api.xuantho.vn",
          REDIS_URL: "redis://redis:6379",
          STOREFRONT_PUBLIC_URL: address,
        }),
        address
      ).toContain(
        "STOREFRONT_PUBLIC_URL must be the storefront's public address"
      )
    }
  })

  it("refuses the development VietQR key in production too", () => {
    expect(
      problemsOf({
        ...PRODUCTION,
        VIETQR_WEBHOOK_KEY: "xuan-tho-development-vietqr-key",
      })
    ).toContain(
      "VIETQR_WEBHOOK_KEY must be set to a private value in production"
    )
  })

  it("refuses a production deployment without Redis", () => {
    expect(
      problemsOf({
        ...PRODUCTION,
        MEDUSA_BACKEND_URL: "https://api.xuantho.vn",
      })
    ).toContain("REDIS_URL is required in a deployment")
  })

  it("accepts a complete deployment", () => {
    const env = readMarketEnv({
      ...PRODUCTION,
      NODE_ENV: "development",
      MEDUSA_BACKEND_URL: "https://api.xuantho.vn",
      REDIS_URL: "redis://redis:6379",
      STOREFRONT_PUBLIC_URL: "https://cho.xuantho.vn",
    })
    expect(env.MEDUSA_BACKEND_URL).toBe("https://api.xuantho.vn")
  })

  it("lets `medusa build` read a public backend URL without secrets or Redis", () => {
    const env = readMarketEnv(
      { DATABASE_URL, MEDUSA_BACKEND_URL: "https://api.xuantho.vn" },
      { building: true }
    )
    expect(env.JWT_SECRET).toBe(DEVELOPMENT_SECRET)
  })

  it("treats blank values from an env file as unset", () => {
    const env = readMarketEnv({ DATABASE_URL, REDIS_URL: "", S3_BUCKET: " " })
    expect(env.REDIS_URL).toBeUndefined()
    expect(fileModule(env)).toMatchObject({
      options: { providers: [{ id: "local" }] },
    })
  })

  it("refuses a worker without Redis, which would never receive an event", () => {
    expect(
      problemsOf({ DATABASE_URL, MEDUSA_WORKER_MODE: "worker" })
    ).toContain("MEDUSA_WORKER_MODE=worker needs REDIS_URL")
  })

  it("lets Medusa's own commands run as a server without Redis", () => {
    const env = readMarketEnv({ DATABASE_URL, MEDUSA_WORKER_MODE: "server" })
    expect(env.MEDUSA_WORKER_MODE).toBe("server")
  })

  it("names the missing S3 settings of a half-configured bucket", () => {
    const message = problemsOf({ DATABASE_URL, S3_BUCKET: "uploads" })
    for (const key of [
      "S3_FILE_URL",
      "S3_REGION",
      "S3_ACCESS_KEY_ID",
      "S3_SECRET_ACCESS_KEY",
    ]) {
      expect(message).toContain(`${key} is required when S3 file storage`)
    }
    expect(message).not.toContain("S3_BUCKET is required")
  })
})

describe("infrastructure modules", () => {
  it("keeps Medusa's in-process defaults without REDIS_URL", () => {
    expect(redisModules(readMarketEnv({ DATABASE_URL }))).toEqual([])
  })

  it("moves events, workflows, caching and locks to Redis with REDIS_URL", () => {
    const redisUrl = "redis://redis:6379"
    const modules = redisModules(
      readMarketEnv({ DATABASE_URL, REDIS_URL: redisUrl })
    )
    expect(modules.map((entry) => entry.resolve)).toEqual([
      "@medusajs/medusa/event-bus-redis",
      "@medusajs/medusa/workflow-engine-redis",
      "@medusajs/medusa/caching",
      "@medusajs/medusa/locking",
    ])
    expect(JSON.stringify(modules).match(/redis:\/\/redis:6379/g)).toHaveLength(
      4
    )
    expect(modules[0].options?.jobOptions).toMatchObject({
      attempts: 3,
      backoff: { type: "exponential", delay: 5000 },
    })
  })

  it("stores uploads in an S3-compatible bucket when one is configured", () => {
    const env = readMarketEnv({
      DATABASE_URL,
      S3_FILE_URL: "https://files.example.vn/market",
      S3_BUCKET: "market",
      S3_REGION: "ap-southeast-1",
      S3_ACCESS_KEY_ID: "key",
      S3_SECRET_ACCESS_KEY: "secret",
      S3_ENDPOINT: "http://minio:9000",
    })
    expect(fileModule(env)).toMatchObject({
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-s3",
            options: {
              bucket: "market",
              endpoint: "http://minio:9000",
              additional_client_config: { forcePathStyle: true },
            },
          },
        ],
      },
    })
  })
})
