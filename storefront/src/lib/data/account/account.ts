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
import {
  registrationRefusal,
  reshapeAccountOrder,
  signUpProblems,
  type RawAccountOrder,
} from "./reshape"
import { customerFetch } from "./session"
import type { AccountOrder, SignUpState } from "./types"

const HISTORY_FIELDS =
  "id,display_id,created_at,total,currency_code,status,payment_status,fulfillment_status,items.title,items.quantity"

/** The shopper's last orders, newest first. */
export async function getOrderHistory(locale: string): Promise<AccountOrder[]> {
  const { orders } = await customerFetch<{ orders: RawAccountOrder[] }>(
    `/store/orders?fields=${HISTORY_FIELDS}&order=-created_at&limit=20`,
    { locale }
  )
  return orders.map(reshapeAccountOrder)
}

/**
 * Sign-up with email and password: Medusa's registration token creates the customer, then a
 * normal sign-in gives the session the account pages use.
 */
export async function signUp(
  _previous: SignUpState,
  formData: FormData
): Promise<SignUpState> {
  const email = text(formData, "email").toLowerCase()
  const name = text(formData, "name")
  const password = formData.get("password")
  const values = { email, name }
  const locale = localeOf(formData)
  const fieldErrors = signUpProblems({
    email,
    password: typeof password === "string" ? password : "",
  })
  if (Object.keys(fieldErrors).length || typeof password !== "string") {
    return { status: "error", fieldErrors, values }
  }
  try {
    const { token } = await uncachedStoreFetch<{ token: string }>(
      "/auth/customer/emailpass/register",
      { method: "POST", body: { email, password }, locale }
    )
    await uncachedStoreFetch("/store/customers", {
      method: "POST",
      body: { email, ...(name ? { first_name: name } : {}) },
      query: { fields: "id" },
      headers: { authorization: `Bearer ${token}` },
      locale,
    })
  } catch (error) {
    const limited = tooManyTries(error)
    if (limited) {
      return { status: "error", formError: "tooMany", ...limited, values }
    }
    const refused = registrationRefusal(error)
    return refused
      ? { status: "error", fieldErrors: refused, values }
      : { status: "error", formError: "failed", values }
  }
  const signedIn = await signInWithPassword(
    "customer",
    { email, password },
    locale
  )
  // The account exists; if the session did not follow, signing in by hand finishes the job.
  if (!("token" in signedIn)) redirect(`/${locale}/account/sign-in`)
  await sessions.customer.set(signedIn.token)
  redirect(`/${locale}/account`)
}

/** Removes one saved address, then shows the account page again. */
export async function deleteAddress(formData: FormData): Promise<void> {
  const locale = localeOf(formData)
  const addressId = text(formData, "addressId")
  if (addressId) {
    try {
      await customerFetch(
        `/store/customers/me/addresses/${encodeURIComponent(addressId)}`,
        { method: "DELETE", locale }
      )
    } catch (error) {
      // Already gone (deleted from another tab): the page shows what is left.
      if (statusOf(error) !== 404) throw error
    }
  }
  redirect(`/${locale}/account`)
}
