import "server-only"

import type { Locale } from "@/i18n/routing"
import { statusOf } from "@/lib/data/shared/actor-session"
import { uncachedStoreFetch } from "@/lib/data/shared/store-fetch"
import { removeCartId } from "./cart-cookie"
import { keepOrderProof } from "./order-proof-cookie"

/** Where a VNPay attempt stands when VNPay sends the shopper back, as the backend decided. */
export type VnpayReturn =
  | { status: "paid"; orderId: string }
  | { status: "pending" }
  | { status: "failed"; responseCode: string }
  | { status: "invalid" }

type RawVnpayReturn =
  | { status: "paid"; order_id: string; order_proof: string }
  | { status: "pending" }
  | { status: "failed"; response_code: string }

/** Only VNPay's own parameters go to the backend; it checks their signature. */
function vnpayParameters(search: URLSearchParams): Record<string, string> {
  return Object.fromEntries(
    [...search.entries()].filter(([name]) => name.startsWith("vnp_"))
  )
}

/**
 * Reads the signed return URL's answer. A paid attempt's order becomes this browser's to read
 * (the signed URL proves it paid) and the cart it came from is forgotten. The return URL itself
 * never places an order: VNPay's IPN to the backend does.
 */
export async function settleVnpayReturn(
  search: URLSearchParams,
  locale: Locale
): Promise<VnpayReturn> {
  let raw: RawVnpayReturn
  try {
    raw = await uncachedStoreFetch<RawVnpayReturn>("/store/vnpay/return", {
      query: vnpayParameters(search),
      locale,
    })
  } catch (error) {
    const status = statusOf(error)
    if (status === 400 || status === 404) return { status: "invalid" }
    throw error
  }
  if (raw.status === "paid") {
    await keepOrderProof(
      { order: { id: raw.order_id }, proof: raw.order_proof },
      locale
    )
    await removeCartId()
    return { status: "paid", orderId: raw.order_id }
  }
  if (raw.status === "failed") {
    return { status: "failed", responseCode: raw.response_code }
  }
  return { status: "pending" }
}
