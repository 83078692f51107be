import "server-only"

import { uncachedStoreFetch } from "@/lib/data/shared/store-fetch"
import { messageOf, statusOf } from "@/lib/data/shared/actor-session"
import { cartRefusal } from "./cart-refusal"
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
export async function completeCart(cartPath: string): Promise<Completion> {
  for (let attempt = 1; ; attempt++) {
    let completed: Completion
    try {
      completed = await uncachedStoreFetch<Completion>(`${cartPath}/complete`, {
        method: "POST",
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
 * A refused product is recognised before the stock wording: a product title may well contain
 * "kho" or "stock", and the shopper must hear which product to take out of the cart.
 */
export function orderFailure(error: unknown): OrderFailure {
  const unavailable = cartRefusal(error)
  return unavailable ? { unavailable } : { formError: stockOrFailed(error) }
}

export function stockOrFailed(error: unknown): CheckoutError {
  const message = String((error as { message?: string })?.message ?? "")
  return /stock|inventory|kho/i.test(message) ? "outOfStock" : "failed"
}
