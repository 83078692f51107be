import { MedusaError } from "@medusajs/framework/utils"

/** Codes a shopper-facing client can branch on (the storefront shows a friendly message). */
export const SEARCH_UNAVAILABLE = "search_unavailable"

type MeilisearchFailure = Error & {
  response?: {
    status?: number
    headers?: { get?: (name: string) => string | null }
  }
  cause?: unknown
}

/** A MedusaError that the Search Module's rate-limit retry recognises (`status` 429). */
class RateLimitedError extends MedusaError {
  status = 429
  retry_after?: number
  constructor(message: string, retryAfterSeconds?: number) {
    super(MedusaError.Types.UNEXPECTED_STATE, message, SEARCH_UNAVAILABLE)
    if (retryAfterSeconds !== undefined && Number.isFinite(retryAfterSeconds)) {
      this.retry_after = retryAfterSeconds * 1000
    }
  }
}

const unavailable = (detail: string) =>
  new MedusaError(
    MedusaError.Types.UNEXPECTED_STATE,
    `Search is unavailable right now: ${detail}. Browsing still works; try searching again shortly.`,
    SEARCH_UNAVAILABLE
  )

/**
 * Turns a failure of the `meilisearch` client into a MedusaError a person can act on. The
 * client's error classes are told apart by name: it is an ES module loaded on first use.
 */
export function toMedusaError(error: unknown, action: string): Error {
  if (error instanceof MedusaError) {
    return error
  }
  const failure = error as MeilisearchFailure
  switch (failure?.name) {
    case "MeilisearchApiError": {
      const status = failure.response?.status ?? 0
      const body = (failure.cause ?? {}) as { code?: string; message?: string }
      const detail = `${body.message ?? failure.message} (${body.code ?? status})`
      if (body.code === "index_not_found") {
        // NOT_FOUND makes the Search Module re-resolve the active index version and retry.
        return new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Meilisearch: ${detail}`
        )
      }
      if (status === 429) {
        const retryAfter = failure.response?.headers?.get?.("retry-after")
        return new RateLimitedError(
          `Meilisearch is rate limiting ${action}: ${detail}`,
          retryAfter ? Number(retryAfter) : undefined
        )
      }
      if (status === 401 || status === 403) {
        return new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          `Meilisearch refused the API key while ${action}: check MEILISEARCH_API_KEY (${detail})`,
          SEARCH_UNAVAILABLE
        )
      }
      if (status >= 500) {
        return unavailable(`Meilisearch failed while ${action}: ${detail}`)
      }
      return new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Meilisearch rejected ${action}: ${detail}`
      )
    }
    case "MeilisearchRequestError":
    case "MeilisearchRequestTimeOutError":
      return unavailable(`Meilisearch did not answer while ${action}`)
    case "MeilisearchTaskTimeOutError":
      return new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Meilisearch did not finish ${action} in time: ${failure.message}`
      )
    default:
      return unavailable(
        `${action} failed: ${failure?.message ?? String(error)}`
      )
  }
}
