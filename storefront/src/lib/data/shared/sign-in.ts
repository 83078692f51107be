"use server"

import { redirect } from "next/navigation"
import {
  ACTOR_AREA,
  sessions,
  signInWithPassword,
  type Actor,
} from "./actor-session"
import { localeOf, text } from "./form-input"
import type { SignInState } from "./form-state"

// Bound arguments travel through the browser, so the actor is checked, not trusted.
const isActor = (value: unknown): value is Actor =>
  typeof value === "string" && Object.hasOwn(ACTOR_AREA, value)

/**
 * A sign-in form's action for one actor (`signIn.bind(null, "producer")`): Medusa's emailpass
 * route, the token kept in the actor's cookie, then the actor's area. Wrong credentials, too
 * many tries and outages read differently.
 */
export async function signIn(
  actor: Actor,
  _previous: SignInState,
  formData: FormData
): Promise<SignInState> {
  const email = text(formData, "email").toLowerCase()
  const password = formData.get("password")
  if (!isActor(actor) || !email || typeof password !== "string" || !password) {
    return { status: "error", reason: "invalid" }
  }
  const locale = localeOf(formData)
  const signedIn = await signInWithPassword(actor, { email, password }, locale)
  if (!("token" in signedIn)) {
    return { status: "error", ...signedIn }
  }
  await sessions[actor].set(signedIn.token)
  redirect(`/${locale}/${ACTOR_AREA[actor]}`)
}

/** Drops the actor's cookie and shows its sign-in page again. */
export async function signOut(actor: Actor, formData: FormData): Promise<void> {
  const locale = localeOf(formData)
  if (!isActor(actor)) redirect(`/${locale}`)
  await sessions[actor].remove()
  redirect(`/${locale}/${ACTOR_AREA[actor]}/sign-in`)
}
