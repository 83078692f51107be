import "server-only"

import { cookies, headers } from "next/headers"

// The producer's token never reaches browser JavaScript: an httpOnly cookie read only by the
// Next.js server, which calls the backend on the member's behalf.
const PORTAL_TOKEN_COOKIE = "_xuan_tho_producer_token"

export async function getPortalToken(): Promise<string | undefined> {
  return (await cookies()).get(PORTAL_TOKEN_COOKIE)?.value
}

export async function setPortalToken(token: string): Promise<void> {
  ;(await cookies()).set(PORTAL_TOKEN_COOKIE, token, {
    // Medusa's tokens last a day; the cookie goes with them.
    maxAge: 60 * 60 * 24,
    httpOnly: true,
    sameSite: "strict",
    secure:
      (await headers()).get("x-forwarded-proto")?.includes("https") ?? false,
    path: "/",
  })
}

export async function removePortalToken(): Promise<void> {
  ;(await cookies()).delete(PORTAL_TOKEN_COOKIE)
}
