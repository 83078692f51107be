import "server-only"

import {
  listProvinces,
  listWards,
  type AddressOption,
} from "@/lib/data/shared/addresses"
import { actorFetch, sessions, statusOf } from "@/lib/data/shared/actor-session"
import { uncachedStoreFetch } from "@/lib/data/shared/store-fetch"
import {
  checkoutAddresses,
  isSavedAlready,
  reshapeCustomer,
  type RawCustomer,
} from "./reshape"
import type { CheckoutAccount, Customer, SavedAddress } from "./types"

// Kept out of the "use server" files: anything exported there is an action the browser can
// call, and these hand out the shopper's token or act with it on the checkout's behalf.

/** Calls as the signed-in shopper; signed out (or expired) goes to the account's sign-in. */
export const customerFetch = actorFetch("customer")

/** The `authorization` header of the signed-in shopper, or none for a guest. */
export async function customerHeaders(): Promise<Record<string, string>> {
  const token = await sessions.customer.get()
  return token ? { authorization: `Bearer ${token}` } : {}
}

const CUSTOMER_FIELDS = "id,email,first_name,last_name,phone,*addresses"

/**
 * The signed-in shopper, or null for a guest and for a token the backend no longer accepts
 * (the pages that call this show the guest's view then; the account pages sign in again).
 */
export async function currentCustomer(): Promise<Customer | null> {
  const headers = await customerHeaders()
  if (!headers.authorization) return null
  try {
    const { customer } = await uncachedStoreFetch<{ customer: RawCustomer }>(
      "/store/customers/me",
      { query: { fields: CUSTOMER_FIELDS }, headers }
    )
    return reshapeCustomer(customer)
  } catch (error) {
    if (statusOf(error) === 401) return null
    throw error
  }
}

/** The account's email and saved addresses for the checkout form, or null for a guest. */
export async function getCheckoutAccount(): Promise<CheckoutAccount | null> {
  const customer = await currentCustomer()
  if (!customer) return null
  const provinces = await listProvinces()
  const wards = new Map<string, AddressOption[]>()
  for (const province of provinces) {
    if (customer.addresses.some((a) => a.province === province.name)) {
      wards.set(province.code, await listWards(province.code))
    }
  }
  return {
    email: customer.email ?? undefined,
    addresses: checkoutAddresses(
      customer.addresses,
      provinces,
      (code) => wards.get(code) ?? []
    ),
  }
}

/**
 * Makes the signed-in shopper own the cart (Medusa's cart transfer), so the order it becomes
 * lands in their history; answers the headers the cart's later calls carry. A guest's cart, or
 * one whose shopper's token the backend refused, stays as it is: the order is still placed, as
 * a guest's.
 */
export async function claimCart(
  cartId: string
): Promise<Record<string, string>> {
  const headers = await customerHeaders()
  if (!headers.authorization) return {}
  try {
    await uncachedStoreFetch(
      `/store/carts/${encodeURIComponent(cartId)}/customer`,
      { method: "POST", headers, query: { fields: "id" } }
    )
    return headers
  } catch (error) {
    if (statusOf(error) !== 401) throw error
    return {}
  }
}

/**
 * Keeps the checkout's address in the account unless it is there already. The order is placed
 * by then, so a refusal here is not the shopper's problem: the address is simply not kept.
 */
export async function saveCheckoutAddress(
  address: Omit<SavedAddress, "id">,
  locale: string
): Promise<void> {
  try {
    const customer = await currentCustomer()
    if (!customer || isSavedAlready(customer.addresses, address)) return
    await uncachedStoreFetch("/store/customers/me/addresses", {
      method: "POST",
      body: {
        first_name: address.name,
        address_1: address.street,
        city: address.ward,
        province: address.province,
        country_code: "vn",
        phone: address.phone,
      },
      query: { fields: "id" },
      headers: await customerHeaders(),
      locale,
    })
  } catch {
    return
  }
}
