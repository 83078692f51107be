"use server"

import { formFailure, localeOf, text } from "./form-input"
import { redirect, unstable_rethrow } from "next/navigation"
import { refresh } from "next/cache"
import { getSdk } from "@/lib/config"
import { parseVndInput } from "@/lib/util/vnd-input"
import { removePortalToken, setPortalToken } from "./portal-cookies"
import { signInWithPassword, statusOf } from "./actor-session"
import { producerFetch } from "./portal-fetch"
import type {
  PortalFormState,
  PortalMe,
  PortalMarketplace,
  PortalOrder,
  PortalProduct,
} from "./portal-types"

const failure = (error: unknown, fields: string[]): PortalFormState =>
  formFailure(error, fields, { 404: "notFound" })

/** Signs a member in with Medusa's emailpass route for the `producer` actor. */
export async function signInProducer(
  _previous: PortalFormState,
  formData: FormData
): Promise<PortalFormState> {
  const email = text(formData, "email").toLowerCase()
  const password = formData.get("password")
  if (!email || typeof password !== "string" || !password) {
    return { status: "error", reason: "invalid" }
  }
  const signedIn = await signInWithPassword("producer", email, password)
  if (!("token" in signedIn)) {
    return { status: "error", reason: signedIn.reason }
  }
  await setPortalToken(signedIn.token)
  redirect(`/${localeOf(formData)}/portal`)
}

export async function signOutProducer(formData: FormData): Promise<void> {
  await removePortalToken()
  redirect(`/${localeOf(formData)}/portal/sign-in`)
}

export async function getPortalMe(locale: string): Promise<PortalMe> {
  return producerFetch<PortalMe>("/producer/me", { locale })
}

export async function listPortalProducts(
  locale: string
): Promise<PortalProduct[]> {
  const { products } = await producerFetch<{ products: PortalProduct[] }>(
    "/producer/products",
    { locale }
  )
  return products
}

/** One own product, or null for an id that is not the member's (the backend answers 404). */
export async function getPortalProduct(
  id: string,
  locale: string
): Promise<PortalProduct | null> {
  try {
    const { product } = await producerFetch<{ product: PortalProduct }>(
      `/producer/products/${encodeURIComponent(id)}`,
      { locale }
    )
    return product
  } catch (error) {
    unstable_rethrow(error)
    if (statusOf(error) === 404) return null
    throw error
  }
}

/** Saves the text and status of a product. */
export async function saveProductDetails(
  _previous: PortalFormState,
  formData: FormData
): Promise<PortalFormState> {
  const id = text(formData, "productId")
  const title = text(formData, "title")
  if (!title) return { status: "error", reason: "invalid", field: "title" }
  const status = text(formData, "status")
  try {
    await producerFetch(`/producer/products/${encodeURIComponent(id)}`, {
      method: "POST",
      locale: localeOf(formData),
      body: {
        title,
        subtitle: text(formData, "subtitle") || null,
        description: text(formData, "description") || null,
        ...(status === "draft" || status === "published" ? { status } : {}),
      },
    })
  } catch (error) {
    return failure(error, ["title", "subtitle", "description"])
  }
  refresh()
  return { status: "saved" }
}

/** Saves the price and stock of one variant; the price is typed in đồng ("120000" or "120.000"). */
export async function saveVariant(
  _previous: PortalFormState,
  formData: FormData
): Promise<PortalFormState> {
  const productId = text(formData, "productId")
  const variantId = text(formData, "variantId")
  const price = parseVndInput(text(formData, "price"))
  const stockText = text(formData, "stock")
  const stock = Number(stockText)
  if (price === null || price <= 0) {
    return { status: "error", reason: "invalid", field: "price" }
  }
  if (stockText === "" || !Number.isInteger(stock) || stock < 0) {
    return { status: "error", reason: "invalid", field: "stock" }
  }
  try {
    await producerFetch(
      `/producer/products/${encodeURIComponent(productId)}/variants/${encodeURIComponent(variantId)}`,
      {
        method: "POST",
        locale: localeOf(formData),
        body: { price, stock },
      }
    )
  } catch (error) {
    return failure(error, ["price", "stock"])
  }
  refresh()
  return { status: "saved" }
}

/** Adds a voso.vn / postmart.vn link to a product. */
export async function addListing(
  _previous: PortalFormState,
  formData: FormData
): Promise<PortalFormState> {
  const productId = text(formData, "productId")
  const marketplace = text(formData, "marketplace") as PortalMarketplace
  const url = text(formData, "url")
  if (!url) return { status: "error", reason: "invalid", field: "url" }
  try {
    await producerFetch(
      `/producer/products/${encodeURIComponent(productId)}/marketplace-listings`,
      { method: "POST", locale: localeOf(formData), body: { marketplace, url } }
    )
  } catch (error) {
    return failure(error, ["url", "marketplace"])
  }
  refresh()
  return { status: "saved" }
}

export async function removeListing(formData: FormData): Promise<void> {
  const productId = text(formData, "productId")
  const listingId = text(formData, "listingId")
  await producerFetch(
    `/producer/products/${encodeURIComponent(productId)}/marketplace-listings/${encodeURIComponent(listingId)}`,
    { method: "DELETE", locale: localeOf(formData) }
  )
  refresh()
}

export async function archiveProduct(formData: FormData): Promise<void> {
  const productId = text(formData, "productId")
  const locale = localeOf(formData)
  await producerFetch(
    `/producer/products/${encodeURIComponent(productId)}/archive`,
    { method: "POST", locale, body: {} }
  )
  redirect(`/${locale}/portal/products`)
}

/** Orders with the member's products: only its own lines, newest first. */
export async function listPortalOrders(locale: string): Promise<PortalOrder[]> {
  const { orders } = await producerFetch<{ orders: PortalOrder[] }>(
    "/producer/orders",
    { locale }
  )
  return orders
}

/** Marks the member's lines of one order shipped with the carrier's tracking number. */
export async function shipOrder(
  _previous: PortalFormState,
  formData: FormData
): Promise<PortalFormState> {
  const orderId = text(formData, "orderId")
  const carrier = text(formData, "carrier")
  const trackingNumber = text(formData, "tracking_number")
  if (!carrier) return { status: "error", reason: "invalid", field: "carrier" }
  if (!trackingNumber) {
    return { status: "error", reason: "invalid", field: "tracking_number" }
  }
  try {
    await producerFetch(
      `/producer/orders/${encodeURIComponent(orderId)}/ship`,
      {
        method: "POST",
        locale: localeOf(formData),
        body: { carrier, tracking_number: trackingNumber },
      }
    )
  } catch (error) {
    return failure(error, ["tracking_number", "carrier"])
  }
  refresh()
  return { status: "saved" }
}

/** Asks Medusa to email a reset link; answers the same whether the email is known or not. */
export async function requestPasswordReset(
  _previous: PortalFormState,
  formData: FormData
): Promise<PortalFormState> {
  const email = text(formData, "email").toLowerCase()
  if (!email) return { status: "error", reason: "invalid" }
  try {
    await getSdk().client.fetch("/auth/producer/emailpass/reset-password", {
      method: "POST",
      // The locale travels in the event so the emailed link opens in the member's language.
      body: { identifier: email, metadata: { locale: localeOf(formData) } },
      cache: "no-store",
    })
  } catch {
    return { status: "error", reason: "failed" }
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
    await getSdk().client.fetch("/auth/producer/emailpass/update", {
      method: "POST",
      body: { email, password },
      headers: { authorization: `Bearer ${token}` },
      cache: "no-store",
    })
  } catch {
    return { status: "error", reason: "expired" }
  }
  redirect(`/${localeOf(formData)}/portal/sign-in`)
}
