import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { readMarketEnv } from "../../config/env"
import {
  CLIENT_IP_HEADER,
  CLIENT_IP_SECRET_HEADER,
  clientIp,
} from "../../utils/client-ip"
import {
  consume,
  forget,
  limiterFor,
  refund,
} from "../../utils/rate-limit/limiter"
import type {
  RateLimitName,
  RateLimitScope,
} from "../../utils/rate-limit/limits"
import { messageLocale } from "../../utils/request-locale"

/** The address of the person behind a request, as `clientIp` decides it. */
export function requestClientIp(req: MedusaRequest): string {
  const env = readMarketEnv()
  return clientIp({
    socketAddress: req.socket.remoteAddress,
    forwardedFor: req.get("x-forwarded-for"),
    storefrontClientIp: req.get(CLIENT_IP_HEADER),
    storefrontSecret: req.get(CLIENT_IP_SECRET_HEADER),
    sharedSecret: env.REVALIDATE_SECRET,
    trustedProxyHops: env.TRUSTED_PROXY_HOPS,
  })
}

/** What a counter is keyed by; null leaves the request uncounted on that counter. */
export type CounterKey = {
  scope: RateLimitScope
  key: (req: MedusaRequest) => string | null
}

export const perClientIp: CounterKey = { scope: "ip", key: requestClientIp }

/** Counts per signed-in actor (a member's or a volunteer's uploads). */
export const perActor: CounterKey = {
  scope: "subject",
  key: (req) =>
    (req as AuthenticatedMedusaRequest).auth_context?.actor_id || null,
}

type LimitOptions = {
  /** Only answers with this status are counted (sign-in: 401); others give their point back. */
  countOnlyStatus?: number
  /** A success clears the counters (an owner who finally typed the right password). */
  forgetOnSuccess?: boolean
}

/**
 * Counts the request on each counter and answers 429 with Retry-After and a sentence in the
 * request's language when any of them is spent.
 */
export function rateLimit(
  name: RateLimitName,
  counters: CounterKey[],
  { countOnlyStatus, forgetOnSuccess }: LimitOptions = {}
) {
  return async function rateLimited(
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) {
    const counted = counters
      .map(({ scope, key }) => ({
        limiter: limiterFor(name, scope),
        key: key(req),
      }))
      .filter(
        (
          counter
        ): counter is { limiter: typeof counter.limiter; key: string } =>
          !!counter.key
      )
    const refusals = await Promise.all(
      counted.map(({ limiter, key }) => consume(limiter, key))
    )
    if (countOnlyStatus !== undefined || forgetOnSuccess) {
      res.on("finish", () => {
        const succeeded = res.statusCode < 300
        void Promise.all(
          counted.map(({ limiter, key }) => {
            if (forgetOnSuccess && succeeded) {
              return forget(limiter, key)
            }
            return countOnlyStatus !== undefined &&
              res.statusCode !== countOnlyStatus
              ? refund(limiter, key)
              : undefined
          })
        )
      })
    }
    const waits = refusals.flatMap((refusal) =>
      refusal ? [refusal.retryAfterSeconds] : []
    )
    if (!waits.length) {
      return next()
    }
    const seconds = Math.max(...waits)
    res.setHeader("Retry-After", String(seconds))
    res.status(429).json({
      type: "too_many_requests",
      message: tooManyRequests(
        messageLocale(req.get("x-medusa-locale"), req.get("accept-language")),
        seconds
      ),
    })
  }
}

function tooManyRequests(locale: "vi" | "en", seconds: number): string {
  const minutes = Math.ceil(seconds / 60)
  if (locale === "en") {
    return seconds < 60
      ? `Too many attempts. Please try again in ${seconds} seconds.`
      : `Too many attempts. Please try again in ${minutes} minutes.`
  }
  return seconds < 60
    ? `Bạn đã thử quá nhiều lần. Vui lòng thử lại sau ${seconds} giây.`
    : `Bạn đã thử quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`
}
