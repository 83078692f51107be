import "server-only"

import type { Locale } from "@/i18n/routing"
import { uncachedStoreFetch } from "@/lib/data/shared/store-fetch"
import { messageOf, statusOf } from "@/lib/data/shared/actor-session"
import { tooManyTries } from "@/lib/data/shared/too-many-tries"
import { cartRefusal } from "./cart-refusal"
import type { OrderProofGrant } from "./order-proof"
import { keepOrderProof } from "./order-proof-cookie"
import type { CheckoutError, OrderFailure } from "./types"

type Completion = {
  type: "order" | "cart"
  order?: { id: string }
  error?: { message?: string }
}

const LOCK_TIMEOUT = /acquiring lock/i

/**
 * Completes the cart, trying again while Medusa's stock lock is busy (many shoppers buying the
 * same item at once): completion is idempotent per cart, and the shopper should hear "sold out"
 * or get the order, never "busy".
 */
export async function completeCart(
  cartPath: string,
  locale: Locale
): Promise<Completion> {
  for (let attempt = 1; ; attempt++) {
    let completed: Completion
    try {
      completed = await uncachedStoreFetch<Completion>(`${cartPath}/complete`, {
        method: "POST",
        locale,
      })
    } catch (error) {
      // Medusa answers a lock timeout in the stock step with a 5xx; "out of stock" is a 4xx.
      const busy =
        (statusOf(error) ?? 0) >= 500 || LOCK_TIMEOUT.test(messageOf(error))
      if (!busy || attempt >= 4) throw error
      continue
    }
    if (!LOCK_TIMEOUT.test(completed.error?.message ?? "") || attempt >= 4) {
      return completed
    }
  }
}

/**
 * Keeps the proof that lets the buyer read their order's delivery details, asked for right
 * after the cart became an order. Without one the order still stands and its page shows the
 * summary, so a failure here is not the shopper's problem.
 */
export async function keepProofOfCompletedCart(
  cartPath: string,
  locale: Locale
): Promise<void> {
  let grant: OrderProofGrant
  try {
    grant = await uncachedStoreFetch<OrderProofGrant>(
      `${cartPath}/order-proof`,
      { method: "POST", locale }
    )
  } catch {
    return
  }
  await keepOrderProof(grant, locale)
}

/**
 * Too many tries come first: the backend then says when to try again. A refused product is
 * recognised before the stock wording: a product title may well contain "kho" or "stock", and
 * the shopper must hear which product to take out of the cart.
 */
export function orderFailure(error: unknown): OrderFailure {
  const limited = tooManyTries(error)
  if (limited) return { formError: "tooMany", formMessage: limited.message }
  // The backend names how many unpaid transfer orders the shopper already holds.
  if (statusOf(error) === 409) {
    return {
      formError: "unpaidLimit",
      formMessage: messageOf(error) || undefined,
    }
  }
  const unavailable = cartRefusal(error)
  return unavailable ? { unavailable } : { formError: stockOrFailed(error) }
}

export function stockOrFailed(error: unknown): CheckoutError {
  const message = String((error as { message?: string })?.message ?? "")
  return /stock|inventory|kho/i.test(message) ? "outOfStock" : "failed"
}
