"use server"

import { formFailure, localeOf, text } from "@/lib/data/shared/form-input"
import { producerFetch } from "./fetch"
import { reshapePortalProduct, type RawPortalProduct } from "./reshape"
import type { PreorderFormState } from "./types"

/** The fields a pre-order refusal names; the card shows each beside its input. */
const PREORDER_FIELDS = ["harvest_on", "quantity"]

const preorderPath = (productId: string) =>
  `/producer/products/${encodeURIComponent(productId)}/preorder`

/**
 * Announces (or changes) the next harvest of an own product: its day and how many units
 * shoppers may pre-order. The backend judges both (a day after today and within a year, a
 * whole number not below what is already ordered) and answers with the product as saved,
 * ship day included; a refusal names `harvest_on` or `quantity`.
 */
export async function savePreorder(
  productId: string,
  _previous: PreorderFormState,
  formData: FormData
): Promise<PreorderFormState> {
  const quantity = text(formData, "quantity")
  try {
    const { product } = await producerFetch<{ product: RawPortalProduct }>(
      preorderPath(productId),
      {
        method: "POST",
        locale: localeOf(formData),
        body: {
          harvest_on: text(formData, "harvest_on"),
          // Anything but digits goes as typed, for the backend to name the field.
          quantity: /^\d+$/.test(quantity) ? Number(quantity) : quantity,
        },
      }
    )
    return { status: "saved", preorder: reshapePortalProduct(product).preorder }
  } catch (error) {
    return formFailure(error, PREORDER_FIELDS, { 404: "notFound" })
  }
}

/** Stops new pre-orders of an own product; orders already placed keep their ship day. */
export async function clearPreorder(
  productId: string,
  _previous: PreorderFormState,
  formData: FormData
): Promise<PreorderFormState> {
  try {
    const { product } = await producerFetch<{ product: RawPortalProduct }>(
      preorderPath(productId),
      { method: "DELETE", locale: localeOf(formData) }
    )
    return { status: "saved", preorder: reshapePortalProduct(product).preorder }
  } catch (error) {
    return formFailure(error, PREORDER_FIELDS, { 404: "notFound" })
  }
}
