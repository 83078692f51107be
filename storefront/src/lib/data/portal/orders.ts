"use server"

import { refresh } from "next/cache"
import { formFailure, localeOf, text } from "@/lib/data/shared/form-input"
import { producerFetch } from "./fetch"
import { reshapePortalOrder, type RawPortalOrder } from "./reshape"
import type { PortalFormState, PortalOrder } from "./types"

/** Orders with the member's products: only its own lines, newest first. */
export async function listPortalOrders(locale: string): Promise<PortalOrder[]> {
  const { orders } = await producerFetch<{ orders: RawPortalOrder[] }>(
    "/producer/orders",
    { locale }
  )
  return orders.map(reshapePortalOrder)
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
    return formFailure(error, ["tracking_number", "carrier"], {
      404: "notFound",
    })
  }
  refresh()
  return { status: "saved" }
}
