"use server"

import { redirect } from "next/navigation"
import {
  sessions,
  signInWithPassword,
  statusOf,
} from "@/lib/data/shared/actor-session"
import { localeOf, text } from "@/lib/data/shared/form-input"
import { uncachedStoreFetch } from "@/lib/data/shared/store-fetch"
import { tooManyTries } from "@/lib/data/shared/too-many-tries"
import { phoneRegistrationRefusal, phoneSignUpProblems } from "./reshape"
import type { PhoneCodeSent, PhoneCodeState, PhoneSignUpState } from "./types"

/**
 * Asks the backend to send a sign-up code to the phone on Zalo (again, for a resend).
 *
 * The challenge that comes back travels in the form, not in a cookie: it is an HMAC of the
 * phone and the code under the backend's secret, so it tells nothing about the code and is
 * worthless without it, and kept in the form it belongs to this form only: a second tab
 * signing up another number cannot overwrite it, and nothing is left behind to clear.
 */
export async function sendPhoneCode(
  previous: PhoneCodeState,
  formData: FormData
): Promise<PhoneCodeState> {
  const phone = text(formData, "phone")
  // A failed resend keeps the code already sent to the same number usable.
  const kept: PhoneCodeSent | null =
    previous.sent && previous.sent.phone === phone ? previous.sent : null
  if (!phone) return { sent: kept, problem: "required" }
  try {
    const sent = await uncachedStoreFetch<PhoneCodeSent>(
      "/store/phone-verifications",
      { method: "POST", body: { phone }, locale: localeOf(formData) }
    )
    return { sent: { phone: sent.phone, challenge: sent.challenge } }
  } catch (error) {
    const limited = tooManyTries(error)
    if (limited) {
      return { sent: kept, problem: "tooMany", message: limited.message }
    }
    const status = statusOf(error)
    // 404: Zalo carries the market's orders but has no template for sign-up codes.
    if (status === 404) return { sent: null, problem: "phoneClosed" }
    if (status === 400) return { sent: kept, problem: "phoneInvalid" }
    return { sent: kept, problem: "codeNotSent" }
  }
}

/**
 * The phone sign-up's last step: the code Zalo sent proves the number, the registration token
 * creates the customer (the backend gives it the proven phone), then a normal sign-in with the
 * number gives the session the account pages use.
 */
export async function signUpWithPhone(
  _previous: PhoneSignUpState,
  formData: FormData
): Promise<PhoneSignUpState> {
  const phone = text(formData, "phone")
  const challenge = text(formData, "challenge")
  const code = text(formData, "code").replace(/\s/g, "")
  const name = text(formData, "name")
  const password = formData.get("password")
  const locale = localeOf(formData)
  const fieldErrors = phoneSignUpProblems({
    code,
    password: typeof password === "string" ? password : "",
  })
  if (!phone || !challenge) fieldErrors.code = "codeWrong"
  if (Object.keys(fieldErrors).length || typeof password !== "string") {
    return { status: "error", fieldErrors }
  }
  try {
    const { token } = await uncachedStoreFetch<{ token: string }>(
      "/auth/customer/emailpass/register",
      {
        method: "POST",
        body: { email: phone, password, code, challenge },
        locale,
      }
    )
    await uncachedStoreFetch("/store/customers", {
      method: "POST",
      body: name ? { first_name: name } : {},
      query: { fields: "id" },
      headers: { authorization: `Bearer ${token}` },
      locale,
    })
  } catch (error) {
    const limited = tooManyTries(error)
    if (limited) {
      return { status: "error", formError: "tooMany", message: limited.message }
    }
    const refused = phoneRegistrationRefusal(error)
    return refused
      ? { status: "error", ...refused }
      : { status: "error", formError: "failed" }
  }
  const signedIn = await signInWithPassword(
    "customer",
    { email: phone, password },
    locale
  )
  // The account exists; if the session did not follow, signing in by hand finishes the job.
  if (!("token" in signedIn)) redirect(`/${locale}/account/sign-in`)
  await sessions.customer.set(signedIn.token)
  redirect(`/${locale}/account`)
}
