"use server"

import { redirect, unstable_rethrow } from "next/navigation"
import { refresh } from "next/cache"
import { parseVndInput } from "@/lib/util/vnd-input"
import { formFailure, localeOf, text } from "@/lib/data/shared/form-input"
import { statusOf } from "@/lib/data/shared/actor-session"
import { producerFetch } from "./fetch"
import { reshapePortalProduct, type RawPortalProduct } from "./reshape"
import type { PortalFormState, PortalMarketplace, PortalProduct } from "./types"

const failure = (error: unknown, fields: string[]): PortalFormState =>
  formFailure(error, fields, { 404: "notFound" })

export async function listPortalProducts(
  locale: string
): Promise<PortalProduct[]> {
  const { products } = await producerFetch<{ products: RawPortalProduct[] }>(
    "/producer/products",
    { locale }
  )
  return products.map(reshapePortalProduct)
}

/** One own product, or null for an id that is not the member's (the backend answers 404). */
export async function getPortalProduct(
  id: string,
  locale: string
): Promise<PortalProduct | null> {
  try {
    const { product } = await producerFetch<{ product: RawPortalProduct }>(
      `/producer/products/${encodeURIComponent(id)}`,
      { locale }
    )
    return reshapePortalProduct(product)
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

/**
 * Saves the price and stock of one variant; the price is typed in đồng ("120000" or "120.000").
 * The route answers with the product as saved (shopper price included), which the form shows
 * instead of reading the product again.
 */
export async function saveVariant(
  _previous: PortalFormState,
  formData: FormData
): Promise<PortalFormState> {
  const productId = text(formData, "productId")
  const variantId = text(formData, "variantId")
  const price = parseVndInput(text(formData, "price"))
  const stockText = text(formData, "stock")
  const stock = Number(stockText)
  // Sent only where stock is tracked (the form shows the field then).
  const thresholdText = text(formData, "lowStockThreshold")
  const threshold = Number(thresholdText)
  if (price === null || price <= 0) {
    return { status: "error", reason: "invalid", field: "price" }
  }
  if (stockText === "" || !Number.isInteger(stock) || stock < 0) {
    return { status: "error", reason: "invalid", field: "stock" }
  }
  if (thresholdText !== "" && (!Number.isInteger(threshold) || threshold < 0)) {
    return { status: "error", reason: "invalid", field: "low_stock_threshold" }
  }
  try {
    const { product } = await producerFetch<{ product: RawPortalProduct }>(
      `/producer/products/${encodeURIComponent(productId)}/variants/${encodeURIComponent(variantId)}`,
      {
        method: "POST",
        locale: localeOf(formData),
        body: {
          price,
          stock,
          ...(thresholdText !== "" && { low_stock_threshold: threshold }),
        },
      }
    )
    return { status: "saved", product: reshapePortalProduct(product) }
  } catch (error) {
    return failure(error, ["price", "stock", "low_stock_threshold"])
  }
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
