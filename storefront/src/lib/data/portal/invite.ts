"use server"

import { redirect } from "next/navigation"
import { localeOf } from "@/lib/data/shared/form-input"
import { uncachedStoreFetch } from "@/lib/data/shared/store-fetch"
import { tooManyTries } from "@/lib/data/shared/too-many-tries"
import type { PortalFormState } from "./types"
import {
  sessions,
  signInWithPassword,
  statusOf,
} from "@/lib/data/shared/actor-session"

export type InviteView =
  | { status: "open"; producerName: string; email: string; expiresAt: string }
  | { status: "used" | "expired" | "unknown" }

type RawInvite = {
  email: string
  expires_at: string
  producer_name?: string
  producer?: { name: string }
}

/** What the invite link opens: whose shop it joins, or why it can no longer be used. */
export async function getInvite(token: string): Promise<InviteView> {
  try {
    const { invite } = await uncachedStoreFetch<{ invite: RawInvite }>(
      `/invites/${encodeURIComponent(token)}`
    )
    return {
      status: "open",
      producerName: invite.producer?.name ?? invite.producer_name ?? "",
      email: invite.email,
      expiresAt: invite.expires_at,
    }
  } catch (error) {
    return { status: refusalOf(error) }
  }
}

// 410 Gone says used or expired; the message tells which (the backend names it).
function refusalOf(error: unknown): "used" | "expired" | "unknown" {
  const status = statusOf(error)
  const message = error instanceof Error ? error.message.toLowerCase() : ""
  if (message.includes("expired")) return "expired"
  if (message.includes("used") || message.includes("accepted")) return "used"
  if (status === 410) return "expired"
  return "unknown"
}

/** Sets the member's password with the invite, then signs them in to the portal. */
export async function acceptInvite(
  _previous: PortalFormState,
  formData: FormData
): Promise<PortalFormState> {
  const locale = localeOf(formData)
  const token = String(formData.get("token") ?? "")
  const email = String(formData.get("email") ?? "")
  const password = formData.get("password")
  const confirm = formData.get("confirm")
  if (typeof password !== "string" || password.length < 8) {
    return { status: "error", reason: "invalid", field: "password" }
  }
  if (password !== confirm) {
    return { status: "error", reason: "invalid", field: "confirm" }
  }
  try {
    await uncachedStoreFetch(`/invites/${encodeURIComponent(token)}/accept`, {
      method: "POST",
      body: { password },
      locale,
    })
  } catch (error) {
    const limited = tooManyTries(error)
    if (limited) return { status: "error", ...limited }
    const refusal = refusalOf(error)
    return {
      status: "error",
      reason: refusal === "unknown" ? "failed" : "expired",
    }
  }
  const signedIn = await signInWithPassword(
    "producer",
    { email, password },
    locale
  )
  if (!("token" in signedIn)) {
    // The password is set; signing in by hand still works.
    redirect(`/${locale}/portal/sign-in`)
  }
  await sessions.producer.set(signedIn.token)
  redirect(`/${locale}/portal`)
}
