import Redis from "ioredis"
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible"
import { isDeployment, readMarketEnv } from "../../config/env"
import {
  resolveLimit,
  type RateLimitName,
  type RateLimitScope,
  type RateLimitSetting,
} from "./limits"

let redis: Redis | null = null
const limiters = new Map<string, RateLimiterAbstract>()

function redisClient(url: string): Redis {
  // No offline queue: while Redis is down the in-memory insurance limiter answers at once.
  redis ??= new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
  })
  return redis
}

/**
 * One counter store per limit and scope: in Redis when REDIS_URL is set, so every backend
 * process shares the counts, otherwise in this process's memory.
 */
export function limiterFor(
  name: RateLimitName,
  scope: RateLimitScope
): RateLimiterAbstract {
  const id = `${name}:${scope}`
  const existing = limiters.get(id)
  if (existing) {
    return existing
  }
  const env = readMarketEnv()
  const { count, seconds } = resolveLimit(
    name,
    scope,
    env as Partial<Record<RateLimitSetting, string>>,
    isDeployment(process.env)
  )
  const options = { keyPrefix: `rl:${id}`, points: count, duration: seconds }
  const limiter = env.REDIS_URL
    ? new RateLimiterRedis({
        ...options,
        storeClient: redisClient(env.REDIS_URL),
        insuranceLimiter: new RateLimiterMemory(options),
      })
    : new RateLimiterMemory(options)
  limiters.set(id, limiter)
  return limiter
}

export type Refusal = { retryAfterSeconds: number }

/**
 * Counts one request against `key`; a refusal says how long until the next is allowed. A store
 * failure other than "over the limit" lets the request through: a broken counter must not close
 * the market.
 */
export async function consume(
  limiter: RateLimiterAbstract,
  key: string
): Promise<Refusal | null> {
  try {
    await limiter.consume(key)
    return null
  } catch (outcome) {
    if (outcome instanceof RateLimiterRes) {
      return {
        retryAfterSeconds: Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)),
      }
    }
    return null
  }
}

/** Gives back a point, for limits that count only failures. */
export async function refund(
  limiter: RateLimiterAbstract,
  key: string
): Promise<void> {
  await limiter.reward(key, 1).catch(() => undefined)
}

/** Clears a key's count. */
export async function forget(
  limiter: RateLimiterAbstract,
  key: string
): Promise<void> {
  await limiter.delete(key).catch(() => undefined)
}
