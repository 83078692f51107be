"use server"

import { refresh } from "next/cache"
import { unstable_rethrow } from "next/navigation"
import { localeOf, text } from "@/lib/data/shared/form-input"
import { isNotFound, uncachedStoreFetch } from "@/lib/data/shared/store-fetch"
import { getCartId } from "./cart-cookie"
import {
  appliedOutcome,
  refusedOutcome,
  type PromoCodeState,
  type RawNotApplied,
} from "./promo-outcome"

const promotionsPath = (cartId: string) =>
  `/store/carts/${encodeURIComponent(cartId)}/promotions`

/**
 * Server action behind the cart's promotion-code form. The backend decides whether the code
 * lowers anything; the form says what it decided.
 */
export async function applyPromoCode(
  _previous: PromoCodeState,
  formData: FormData
): Promise<PromoCodeState> {
  const code = text(formData, "code")
  const locale = localeOf(formData)
  if (!code) return { status: "error", reason: "empty" }
  const cartId = await getCartId()
  if (!cartId) return { status: "error", code, reason: "failed" }
  try {
    const { not_applied } = await uncachedStoreFetch<{
      not_applied?: RawNotApplied[] | null
    }>(promotionsPath(cartId), {
      method: "POST",
      body: { promo_codes: [code] },
      locale,
    })
    refresh()
    return appliedOutcome(code, not_applied)
  } catch (error) {
    unstable_rethrow(error)
    return refusedOutcome(error, code, locale)
  }
}

/** Takes a code off the cart; its lines go back to their full price. */
export async function removePromoCode(code: string): Promise<void> {
  const cartId = await getCartId()
  if (!cartId || !code) return
  try {
    await uncachedStoreFetch(promotionsPath(cartId), {
      method: "DELETE",
      body: { promo_codes: [code] },
    })
  } catch (error) {
    if (!isNotFound(error)) throw error
  }
  refresh()
}
