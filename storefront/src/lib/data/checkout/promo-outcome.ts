// No "server-only" here: the promotion-code actions use this, and it is unit-tested alone.
import { tooManyTries } from "@/lib/data/shared/too-many-tries"

/** Why the backend kept a code it knows off this cart, in the cart page's own words. */
export type PromoNotAppliedReason =
  "otherProducer" | "noMatchingProducts" | "conditionsNotMet" | "other"

/** What the cart's promotion-code form shows after the shopper sent a code. */
export type PromoCodeState =
  | { status: "idle" }
  | { status: "applied"; code: string }
  | {
      status: "notApplied"
      code: string
      /** The code is for this producer's products, and the cart holds none of them. */
      reason: "otherProducer"
      producerName: string
    }
  | {
      status: "notApplied"
      code: string
      reason: Exclude<PromoNotAppliedReason, "otherProducer">
    }
  | {
      status: "error"
      /** The code as the shopper typed it; absent when they sent none. */
      code?: string
      /**
       * `unknown`: no such code. `expired`: the code exists but cannot be used now (its campaign
       * ended, has not started or was stopped); `message` is the backend's sentence about it.
       */
      reason: "empty" | "unknown" | "expired" | "tooMany" | "failed"
      /** The backend's own sentence, in the form's language. */
      message?: string
    }

/** One entry of the apply route's `not_applied`, as the backend sends it. */
export interface RawNotApplied {
  code: string
  reason: string
  producer_name?: string | null
}

const NOT_APPLIED_REASONS: Record<string, PromoNotAppliedReason> = {
  other_producer: "otherProducer",
  no_matching_products: "noMatchingProducts",
  conditions_not_met: "conditionsNotMet",
}

/**
 * The outcome of a code the backend accepted the request for: applied, unless `not_applied`
 * names it, with the reason it gives.
 */
export function appliedOutcome(
  code: string,
  notApplied: RawNotApplied[] | null | undefined
): PromoCodeState {
  const refused = (notApplied ?? []).find((entry) => entry.code === code)
  if (!refused) return { status: "applied", code }
  const producerName = refused.producer_name?.trim()
  const reason = NOT_APPLIED_REASONS[refused.reason] ?? "other"
  if (reason !== "otherProducer") return { status: "notApplied", code, reason }
  // Without the producer's name there is no one to point to: the cart simply holds nothing it lowers.
  return producerName
    ? { status: "notApplied", code, reason, producerName }
    : { status: "notApplied", code, reason: "noMatchingProducts" }
}

/**
 * The backend's sentence about this code in `locale`, when it wrote one in both languages
 * ("<Vietnamese> / <English>", the code named in each half); null for any other message.
 */
function codeSentence(
  message: string,
  code: string,
  locale: "vi" | "en"
): string | null {
  const halves = message.split(" / ")
  if (halves.length !== 2 || !halves.every((half) => half.includes(code))) {
    return null
  }
  return (locale === "en" ? halves[1] : halves[0]).trim()
}

/** Why the backend refused the code: unknown, expired, too many tries, or out of reach. */
export function refusedOutcome(
  error: unknown,
  code: string,
  locale: "vi" | "en"
): PromoCodeState {
  const limited = tooManyTries(error)
  if (limited) return { status: "error", code, ...limited }
  const { status, message } = (error ?? {}) as {
    status?: unknown
    message?: unknown
  }
  if (status === 400 && typeof message === "string") {
    // Medusa's own refusal of a code no promotion has.
    if (message === `The promotion code ${code} is invalid`) {
      return { status: "error", code, reason: "unknown" }
    }
    const sentence = codeSentence(message, code, locale)
    if (sentence) {
      return { status: "error", code, reason: "expired", message: sentence }
    }
  }
  return { status: "error", code, reason: "failed" }
}
