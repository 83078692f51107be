import "server-only"

import { cookies, headers } from "next/headers"

// The volunteer's token stays on the Next.js server (httpOnly), like the portal's member token.
const ONBOARDER_TOKEN_COOKIE = "_xuan_tho_onboarder_token"

export async function getOnboarderToken(): Promise<string | undefined> {
  return (await cookies()).get(ONBOARDER_TOKEN_COOKIE)?.value
}

export async function setOnboarderToken(token: string): Promise<void> {
  ;(await cookies()).set(ONBOARDER_TOKEN_COOKIE, token, {
    // Medusa's tokens last a day; the cookie goes with them.
    maxAge: 60 * 60 * 24,
    httpOnly: true,
    sameSite: "strict",
    secure:
      (await headers()).get("x-forwarded-proto")?.includes("https") ?? false,
    path: "/",
  })
}

export async function removeOnboarderToken(): Promise<void> {
  ;(await cookies()).delete(ONBOARDER_TOKEN_COOKIE)
}
