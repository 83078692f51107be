"use server"

import { formFailure, localeOf, text } from "@/lib/data/shared/form-input"
import { redirect } from "next/navigation"
import { parseVndInput } from "@/lib/util/vnd-input"
import { producerFetch } from "./fetch"
import type { RawPortalProduct } from "./reshape"
import type { PortalFormState } from "./types"

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
  const locale = localeOf(formData)
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
  let product: RawPortalProduct
  try {
    ;({ product } = await producerFetch<{ product: RawPortalProduct }>(
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
    return formFailure(error, ["title", "price", "stock", "variant"])
  }
  redirect(`/${locale}/portal/products/${product.id}`)
}
