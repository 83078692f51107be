"use server"

import { refresh } from "next/cache"
import { formFailure, localeOf, text } from "@/lib/data/shared/form-input"
import { isCarrierCode, NAMED_CARRIERS } from "./carriers"
import { producerFetch } from "./fetch"
import { reshapePortalOrder, type RawPortalOrder } from "./reshape"
import { isNotPaidRefusal } from "./shipping"
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
  const carrierName = text(formData, "carrier_name")
  const trackingNumber = text(formData, "tracking_number")
  if (!isCarrierCode(carrier)) {
    return { status: "error", reason: "invalid", field: "carrier" }
  }
  const named = NAMED_CARRIERS.includes(carrier)
  if (named && !carrierName) {
    return { status: "error", reason: "invalid", field: "carrier_name" }
  }
  if (!trackingNumber) {
    return { status: "error", reason: "invalid", field: "tracking_number" }
  }
  try {
    await producerFetch(
      `/producer/orders/${encodeURIComponent(orderId)}/ship`,
      {
        method: "POST",
        locale: localeOf(formData),
        body: {
          carrier,
          tracking_number: trackingNumber,
          // The name is only for a coach company or other carrier; the backend refuses it otherwise.
          ...(named ? { carrier_name: carrierName } : {}),
        },
      }
    )
  } catch (error) {
    // The form shows only for paid orders, but the page may predate a refund: say so instead of
    // pointing at a field that is fine.
    if (isNotPaidRefusal(error)) return { status: "error", reason: "notPaid" }
    return formFailure(error, ["tracking_number", "carrier_name", "carrier"], {
      404: "notFound",
    })
  }
  refresh()
  return { status: "saved" }
}
