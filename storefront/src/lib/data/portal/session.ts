"use server"

import { redirect } from "next/navigation"
import { localeOf, text } from "@/lib/data/shared/form-input"
import { uncachedStoreFetch } from "@/lib/data/shared/store-fetch"
import { tooManyTries } from "@/lib/data/shared/too-many-tries"
import { producerFetch } from "./fetch"
import type { PortalFormState, PortalMe } from "./types"

export async function getPortalMe(locale: string): Promise<PortalMe> {
  return producerFetch<PortalMe>("/producer/me", { locale })
}

/** Asks Medusa to email a reset link; answers the same whether the email is known or not. */
export async function requestPasswordReset(
  _previous: PortalFormState,
  formData: FormData
): Promise<PortalFormState> {
  const email = text(formData, "email").toLowerCase()
  if (!email) return { status: "error", reason: "invalid" }
  const locale = localeOf(formData)
  try {
    await uncachedStoreFetch("/auth/producer/emailpass/reset-password", {
      method: "POST",
      // The locale travels in the event so the emailed link opens in the member's language.
      body: { identifier: email, metadata: { locale } },
      locale,
    })
  } catch (error) {
    return { status: "error", ...(tooManyTries(error) ?? { reason: "failed" }) }
  }
  return { status: "saved" }
}

/** Sets the new password with the emailed token, then sends the member to sign in. */
export async function resetPassword(
  _previous: PortalFormState,
  formData: FormData
): Promise<PortalFormState> {
  const token = text(formData, "token")
  const email = text(formData, "email")
  const password = formData.get("password")
  if (typeof password !== "string" || password.length < 8) {
    return { status: "error", reason: "invalid", field: "password" }
  }
  try {
    await uncachedStoreFetch("/auth/producer/emailpass/update", {
      method: "POST",
      body: { email, password },
      headers: { authorization: `Bearer ${token}` },
    })
  } catch {
    return { status: "error", reason: "expired" }
  }
  redirect(`/${localeOf(formData)}/portal/sign-in`)
}
