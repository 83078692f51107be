"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { hasLocale } from "next-intl"
import { routing } from "@/i18n/routing"
import { localeOf } from "@/lib/data/shared/form-input"
import { cartRefusal, quantityRefusal } from "./cart-refusal"
import { getCartId, removeCartId, setCartId } from "./cart-cookie"
import { getVndRegion } from "@/lib/data/catalogue/regions"
import { reshapeCart, type RawCart } from "./reshape"
import { isNotFound, uncachedStoreFetch } from "@/lib/data/shared/store-fetch"
import type { Cart } from "./types"

export type CartActionState =
  | { status: "idle" }
  | { status: "added"; quantity: number }
  | {
      status: "error"
      reason: "invalid" | "unavailable" | "failed"
      /** The backend's sentence when it refused the quantity, in the form's language. */
      message?: string
    }

async function retrieveRawCart(cartId: string): Promise<RawCart | null> {
  try {
    const { cart } = await uncachedStoreFetch<{ cart: RawCart }>(
      `/store/carts/${encodeURIComponent(cartId)}`,
      // Medusa's default store cart fields carry the cart's totals, not each line's: a line's
      // total after promotion codes and what they took off it are asked for.
      { query: { fields: "+items.total,+items.discount_total" } }
    )
    return cart
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

/** The shopper's cart, or null when they have none yet. */
export async function getCart(): Promise<Cart | null> {
  const cartId = await getCartId()
  if (!cartId) return null
  const cart = await retrieveRawCart(cartId)
  return cart ? reshapeCart(cart) : null
}

async function getOrCreateCartId(): Promise<string> {
  const existing = await getCartId()
  if (existing && (await retrieveRawCart(existing))) return existing
  const region = await getVndRegion()
  const { cart } = await uncachedStoreFetch<{ cart: RawCart }>("/store/carts", {
    method: "POST",
    body: { region_id: region.id },
    query: { fields: "id" },
  })
  await setCartId(cart.id)
  return cart.id
}

function readQuantity(formData: FormData): number | null {
  const quantity = Number(formData.get("quantity") ?? 1)
  return Number.isInteger(quantity) && quantity >= 0 && quantity <= 99
    ? quantity
    : null
}

/** Server action behind the product page's "add to cart" form. */
export async function addToCart(
  _previous: CartActionState,
  formData: FormData
): Promise<CartActionState> {
  const variantId = formData.get("variantId")
  const quantity = readQuantity(formData)
  if (typeof variantId !== "string" || !variantId || !quantity) {
    return { status: "error", reason: "invalid" }
  }
  try {
    const cartId = await getOrCreateCartId()
    await uncachedStoreFetch(
      `/store/carts/${encodeURIComponent(cartId)}/line-items`,
      {
        method: "POST",
        body: { variant_id: variantId, quantity },
        query: { fields: "id" },
      }
    )
    refresh()
    return { status: "added", quantity }
  } catch (error) {
    const status = (error as { status?: number }).status
    const message = quantityRefusal(error, localeOf(formData))
    return {
      status: "error",
      reason: status === 400 || status === 404 ? "unavailable" : "failed",
      ...(message ? { message } : {}),
    }
  }
}

/**
 * Sets a line's quantity; 0 removes the line. When the backend refuses the change (400: the stock
 * cannot cover it, or the product is no longer on sale) the cart page says why next to the line,
 * keeping the old quantity.
 */
export async function updateLineItem(formData: FormData): Promise<void> {
  const lineId = formData.get("lineId")
  const locale = formData.get("locale")
  const quantity = readQuantity(formData)
  const cartId = await getCartId()
  if (!cartId || typeof lineId !== "string" || quantity === null) return
  const path = `/store/carts/${encodeURIComponent(cartId)}/line-items/${encodeURIComponent(lineId)}`
  let notice: "short" | "unavailable" | null = null
  try {
    if (quantity === 0) {
      await uncachedStoreFetch(path, { method: "DELETE" })
    } else {
      await uncachedStoreFetch(path, {
        method: "POST",
        body: { quantity },
        query: { fields: "id" },
      })
    }
  } catch (error) {
    if ((error as { status?: number }).status === 400) {
      notice = cartRefusal(error) ? "unavailable" : "short"
    } else if (!isNotFound(error)) throw error
  }
  if (hasLocale(routing.locales, locale)) {
    // A plain address again after a change that went through, so an old notice goes away.
    redirect(
      notice
        ? `/${locale}/cart?${notice}=${encodeURIComponent(lineId)}`
        : `/${locale}/cart`
    )
  }
  refresh()
}

export async function deleteLineItem(formData: FormData): Promise<void> {
  const lineId = formData.get("lineId")
  const cartId = await getCartId()
  if (!cartId || typeof lineId !== "string") return
  try {
    await uncachedStoreFetch(
      `/store/carts/${encodeURIComponent(cartId)}/line-items/${encodeURIComponent(lineId)}`,
      { method: "DELETE" }
    )
  } catch (error) {
    if (!isNotFound(error)) throw error
    await removeCartId()
  }
  refresh()
}
