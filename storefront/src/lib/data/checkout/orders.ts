"use server"

import { redirect } from "next/navigation"
import QRCode from "qrcode"
import { localeOf } from "@/lib/data/shared/form-input"
import { isNotFound, uncachedStoreFetch } from "@/lib/data/shared/store-fetch"
import { isPaid, reshapeOrderSummary, type RawOrderSummary } from "./reshape"
import { type OrderSummary, type VietqrInstructions } from "./types"

export type OrderView = OrderSummary & {
  vietqr: VietqrInstructions | null
}

/** The order page's data by id alone (ids are unguessable), or null when there is no such order. */
export async function getOrder(id: string): Promise<OrderView | null> {
  try {
    const { order } = await uncachedStoreFetch<{
      order: RawOrderSummary
    }>(`/store/orders/${encodeURIComponent(id)}/summary`)
    const summary = reshapeOrderSummary(order)
    const vietqr = summary.vietqr
      ? {
          ...summary.vietqr,
          // Rendered on the server: the page ships an image, not a QR library.
          qrDataUrl: await QRCode.toDataURL(summary.vietqr.payload, {
            errorCorrectionLevel: "M",
            margin: 2,
            width: 320,
          }),
        }
      : null
    return { ...summary, vietqr }
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

/** Polled by the order page until the transfer arrives. */
export async function getOrderPaid(id: string): Promise<boolean> {
  const { order } = await uncachedStoreFetch<{
    order: { payment_status: string }
  }>(`/store/orders/${encodeURIComponent(id)}`, {
    query: { fields: "id,payment_status" },
  })
  return isPaid(order.payment_status)
}

export type LookupState = { status: "idle" | "notFound" | "invalid" }

/** Guest order lookup: order number + the email or phone used at checkout → the order page. */
export async function lookUpOrder(
  _previous: LookupState,
  formData: FormData
): Promise<LookupState> {
  const number = String(formData.get("number") ?? "").replace(/\D/g, "")
  const contact = String(formData.get("contact") ?? "").trim()
  const locale = localeOf(formData)
  if (!number || !contact) return { status: "invalid" }
  let orderId: string | null = null
  try {
    const { order } = await uncachedStoreFetch<{
      order: { id: string } | null
    }>("/store/order-lookup", {
      method: "POST",
      body: { display_id: Number(number), contact },
    })
    orderId = order?.id ?? null
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status !== 404 && status !== 400) throw error
  }
  if (!orderId) return { status: "notFound" }
  redirect(`/${locale}/orders/${orderId}`)
}
