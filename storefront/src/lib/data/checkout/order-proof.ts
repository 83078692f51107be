// No "server-only" here: the checkout and order actions use this, and it is unit-tested alone.
import type { Locale } from "@/i18n/routing"

/** Holds the backend's proof that this browser may read one order's personal details. */
export const ORDER_PROOF_COOKIE = "order_proof"

/** The backend's proofs expire after 30 minutes; the cookie goes with them. */
const ORDER_PROOF_SECONDS = 30 * 60

/** What the backend answers when it hands out a proof (order lookup, completed cart). */
export type OrderProofGrant = { order: { id: string }; proof: string }

export function orderPagePath(locale: Locale, orderId: string): string {
  return `/${locale}/orders/${encodeURIComponent(orderId)}`
}

export function otherLocale(locale: Locale): Locale {
  return locale === "vi" ? "en" : "vi"
}

/**
 * The proof cookie for one order's page in one language. Its path keeps it off every other
 * page, so it travels with no other request and each order keeps its own; httpOnly, because
 * only this server reads it; Lax, so it comes along when the shopper follows a link to the
 * page; Secure behind https only, so a plain-http deployment (tests, LAN demo) keeps it too.
 */
export function orderProofCookie(
  grant: OrderProofGrant,
  locale: Locale,
  https: boolean
) {
  return {
    name: ORDER_PROOF_COOKIE,
    value: grant.proof,
    path: orderPagePath(locale, grant.order.id),
    maxAge: ORDER_PROOF_SECONDS,
    httpOnly: true,
    sameSite: "lax" as const,
    secure: https,
  }
}
