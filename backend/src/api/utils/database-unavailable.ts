import {
  errorHandler,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

// SQLSTATE classes and codes that mean "the server is not there right now", not "the request
// is wrong": connection exceptions (08…), an administrator's shutdown or a server starting or
// stopping (57P01–57P03).
const UNAVAILABLE_SQLSTATES = /^(08\d{3}|57P0[123])$/
const UNAVAILABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE"])
const UNAVAILABLE_MESSAGES =
  /connection terminated|connection ended unexpectedly|ECONNREFUSED|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command|timeout acquiring a connection|client has encountered a connection error/i

/** How long a client should wait before trying again: a PostgreSQL restart takes seconds. */
export const RETRY_AFTER_SECONDS = 5

type ErrorLike = {
  code?: unknown
  message?: unknown
  cause?: unknown
  originalError?: unknown
  error?: unknown
}

/**
 * Whether `error`, or an error it wraps (MikroORM, knex and workflows each wrap the driver's),
 * says the database cannot be reached, as opposed to a query or the data being wrong.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false
  const {
    code,
    message,
    cause,
    originalError,
    error: inner,
  } = error as ErrorLike
  if (typeof code === "string") {
    if (UNAVAILABLE_SQLSTATES.test(code) || UNAVAILABLE_CODES.has(code)) {
      return true
    }
  }
  if (typeof message === "string" && UNAVAILABLE_MESSAGES.test(message)) {
    return true
  }
  return [cause, originalError, inner].some((wrapped) =>
    isDatabaseUnavailable(wrapped, depth + 1)
  )
}

/**
 * Medusa's error handler, except that an unreachable database answers 503 with Retry-After
 * instead of 500: the request was fine, the shop is briefly unavailable, and a client or a load
 * balancer may safely try again. Everything else keeps Medusa's mapping.
 */
export function marketErrorHandler() {
  const medusaErrorHandler = errorHandler()
  return function handleError(
    error: unknown,
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) {
    if (!isDatabaseUnavailable(error)) {
      return medusaErrorHandler(error, req, res, next)
    }
    req.scope
      ?.resolve(ContainerRegistrationKeys.LOGGER)
      .warn(
        `The database is unreachable at ${req.method} ${req.path}: answered 503`
      )
    answerUnavailable(res)
  }
}

/** 503 with Retry-After and a sentence in both languages: nothing was done, try again soon. */
export function answerUnavailable(res: MedusaResponse) {
  res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS))
  res.status(503).json({
    type: "unavailable",
    message: `Cửa hàng đang tạm gián đoạn, vui lòng thử lại sau ${RETRY_AFTER_SECONDS} giây. / The shop is briefly unavailable: please try again in ${RETRY_AFTER_SECONDS} seconds.`,
  })
}
