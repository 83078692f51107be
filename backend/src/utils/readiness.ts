import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import Redis from "ioredis"

/** A store answers within this, or the backend is not ready to serve requests. */
export const READINESS_TIMEOUT_MS = 1_500

/** Resolves when the store answers, rejects (or never settles) when it does not. */
export type ReadinessProbe = () => Promise<unknown>

export type ReadinessReport = {
  status: "ready" | "unavailable"
  /** Only up or down per store: the answer is public, so no error text or address is given. */
  checks: Record<string, "up" | "down">
}

function settlesWithin(probe: ReadinessProbe, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms)
  })
  const answered = Promise.resolve()
    .then(probe)
    .then(
      () => true,
      () => false
    )
  return Promise.race([answered, timeout]).finally(() => clearTimeout(timer))
}

/** Runs every probe at once, each bounded by `timeoutMs`; ready only when all of them answer. */
export async function checkReadiness(
  probes: Record<string, ReadinessProbe>,
  timeoutMs = READINESS_TIMEOUT_MS
): Promise<ReadinessReport> {
  const names = Object.keys(probes)
  const results = await Promise.all(
    names.map((name) => settlesWithin(probes[name], timeoutMs))
  )
  const checks: ReadinessReport["checks"] = {}
  names.forEach((name, index) => {
    checks[name] = results[index] ? "up" : "down"
  })
  return {
    status: results.every(Boolean) ? "ready" : "unavailable",
    checks,
  }
}

// One connection for every readiness request, opened on the first one.
let redisClient: Redis | undefined

function redisPing(url: string): ReadinessProbe {
  return () => {
    if (!redisClient) {
      redisClient = new Redis(url, {
        lazyConnect: true,
        connectTimeout: READINESS_TIMEOUT_MS,
        // A PING waiting for a reconnection fails after one attempt instead of piling up.
        maxRetriesPerRequest: 1,
        retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
      })
      // Connection errors surface as a failed PING; without a listener ioredis logs each one.
      redisClient.on("error", () => undefined)
    }
    return redisClient.ping()
  }
}

/** PostgreSQL through Medusa's own connection pool, and Redis when the backend uses it. */
export function readinessProbes(
  container: MedusaContainer
): Record<string, ReadinessProbe> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { redisUrl } = container.resolve(
    ContainerRegistrationKeys.CONFIG_MODULE
  ).projectConfig
  return {
    postgres: () => pg.raw("select 1"),
    ...(redisUrl && { redis: redisPing(redisUrl) }),
  }
}
