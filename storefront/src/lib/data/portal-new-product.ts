"use server"

import { text } from "./form-input"
import { redirect, unstable_rethrow } from "next/navigation"
import { parseVndInput } from "@/lib/util/vnd-input"
import { messageOf, producerFetch, statusOf } from "./portal-fetch"
import type { PortalFormState, PortalProduct } from "./portal-types"

function texts(formData: FormData, name: string): string[] {
  return formData
    .getAll(name)
    .map((value) => (typeof value === "string" ? value.trim() : ""))
}

/**
 * Creates a product of the member's producer with its sizes, prices in whole đồng and stock,
 * then opens it so the member can add photos and marketplace links.
 */
export async function createPortalProduct(
  _previous: PortalFormState,
  formData: FormData
): Promise<PortalFormState> {
  const locale = formData.get("locale") === "en" ? "en" : "vi"
  const title = text(formData, "title")
  if (!title) return { status: "error", reason: "invalid", field: "title" }
  const names = texts(formData, "variant_title")
  const prices = texts(formData, "variant_price").map(parseVndInput)
  const stocks = texts(formData, "variant_stock")
  const variants = names
    .map((name, index) => ({
      title: name,
      price: prices[index],
      stockText: stocks[index] ?? "",
    }))
    // A row left completely empty is one the member did not need.
    .filter((row) => row.title || row.price !== null || row.stockText)
  if (!variants.length || variants.some((row) => !row.title)) {
    return { status: "error", reason: "invalid", field: "variant" }
  }
  if (variants.some((row) => row.price === null || row.price <= 0)) {
    return { status: "error", reason: "invalid", field: "price" }
  }
  const stockOf = (value: string) => (value === "" ? 0 : Number(value))
  if (
    variants.some(
      (row) =>
        !Number.isInteger(stockOf(row.stockText)) || stockOf(row.stockText) < 0
    )
  ) {
    return { status: "error", reason: "invalid", field: "stock" }
  }
  const status =
    text(formData, "status") === "published" ? "published" : "draft"
  let product: PortalProduct
  try {
    ;({ product } = await producerFetch<{ product: PortalProduct }>(
      "/producer/products",
      {
        method: "POST",
        locale,
        body: {
          title,
          subtitle: text(formData, "subtitle") || null,
          description: text(formData, "description") || null,
          status,
          variants: variants.map((row) => ({
            title: row.title,
            price: row.price,
            stock: stockOf(row.stockText),
          })),
        },
      }
    ))
  } catch (error) {
    unstable_rethrow(error)
    if (statusOf(error) === 400) {
      const message = messageOf(error)
      const field = ["title", "price", "stock", "variant"].find((name) =>
        message.includes(name)
      )
      return { status: "error", reason: "invalid", field }
    }
    return { status: "error", reason: "failed" }
  }
  redirect(`/${locale}/portal/products/${product.id}`)
}
