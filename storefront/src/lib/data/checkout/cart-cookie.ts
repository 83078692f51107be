import "server-only"

import { cookies, headers } from "next/headers"

const CART_COOKIE = "_xuan_tho_cart_id"

export async function getCartId(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value
}

export async function setCartId(cartId: string): Promise<void> {
  ;(await cookies()).set(CART_COOKIE, cartId, {
    maxAge: 60 * 60 * 24 * 30,
    httpOnly: true,
    sameSite: "lax",
    // Secure only behind https, so a plain-http deployment (tests, LAN demo) keeps its cart.
    secure:
      (await headers()).get("x-forwarded-proto")?.includes("https") ?? false,
    path: "/",
  })
}

export async function removeCartId(): Promise<void> {
  ;(await cookies()).delete(CART_COOKIE)
}
