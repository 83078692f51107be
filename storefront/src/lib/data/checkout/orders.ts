"use server"

import { hasLocale } from "next-intl"
import { redirect } from "next/navigation"
import QRCode from "qrcode"
import { routing } from "@/i18n/routing"
import { statusOf } from "@/lib/data/shared/actor-session"
import { localeOf } from "@/lib/data/shared/form-input"
import { isNotFound, uncachedStoreFetch } from "@/lib/data/shared/store-fetch"
import { tooManyTries } from "@/lib/data/shared/too-many-tries"
import { customerHeaders } from "@/lib/data/account/session"
import { orderPagePath, otherLocale, type OrderProofGrant } from "./order-proof"
import { heldOrderProof, keepOrderProof } from "./order-proof-cookie"
import {
  isPaid,
  reshapeOrderDelivery,
  reshapeOrderSummary,
  type RawOrderDelivery,
  type RawOrderSummary,
  type RawPreorderLine,
} from "./reshape"
import {
  type OrderDelivery,
  type OrderSummary,
  type VietqrInstructions,
} from "./types"

export type OrderView = OrderSummary & {
  vietqr: VietqrInstructions | null
}

/**
 * The order page's data by id alone (ids are unguessable), or null when there is no such order.
 * A browser holding the order's proof also reads when its pre-ordered lines ship.
 */
export async function getOrder(id: string): Promise<OrderView | null> {
  try {
    const [{ order }, preorderLines] = await Promise.all([
      uncachedStoreFetch<{
        order: RawOrderSummary
      }>(`/store/orders/${encodeURIComponent(id)}/summary`),
      getHeldPreorderLines(id),
    ])
    const summary = reshapeOrderSummary({
      ...order,
      preorder_lines: preorderLines,
    })
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

/**
 * What opens Medusa's order route to this browser: the proof it holds for the order, else the
 * signed-in shopper's token (the backend opens a customer's own orders to them). Null for a
 * guest without a proof.
 */
async function orderAccess(): Promise<Record<string, string> | null> {
  const proof = await heldOrderProof()
  if (proof) return { "x-order-proof": proof }
  const asCustomer = await customerHeaders()
  return asCustomer.authorization ? asCustomer : null
}

/** Neither a proof nor an account opens the order: the page shows its summary only. */
const closed = (error: unknown) =>
  isNotFound(error) || statusOf(error) === 401 || statusOf(error) === 403

/**
 * The order's pre-ordered lines with their ship days. Medusa's order route carries them, and it
 * opens only to a proof holder or the order's account: otherwise there are none to show.
 */
async function getHeldPreorderLines(id: string): Promise<RawPreorderLine[]> {
  const access = await orderAccess()
  if (!access) return []
  try {
    const { order } = await uncachedStoreFetch<{
      order: { preorder_lines?: RawPreorderLine[] | null }
    }>(`/store/orders/${encodeURIComponent(id)}`, {
      query: { fields: "id,+preorder_lines.*" },
      headers: access,
    })
    return order.preorder_lines ?? []
  } catch (error) {
    if (closed(error)) return []
    throw error
  }
}

// Medusa's store order route silently drops address sub-fields it does not list, so the
// address comes whole; reshapeOrderDelivery keeps what the checkout stores.
const DELIVERY_FIELDS = "id,email,*shipping_address"

/**
 * Who the order goes to, for a browser holding a proof for it (kept when it placed or looked
 * up the order) or signed in to the order's account. Null otherwise, and once the backend no
 * longer accepts the proof (expired).
 */
export async function getOrderDelivery(
  id: string
): Promise<OrderDelivery | null> {
  const access = await orderAccess()
  if (!access) return null
  try {
    const { order } = await uncachedStoreFetch<{ order: RawOrderDelivery }>(
      `/store/orders/${encodeURIComponent(id)}`,
      {
        query: { fields: DELIVERY_FIELDS },
        headers: access,
      }
    )
    return reshapeOrderDelivery(order)
  } catch (error) {
    if (closed(error)) return null
    throw error
  }
}

/**
 * Copies the proof held for this order's page to the page in the other language, so switching
 * language keeps the delivery details. The order page calls it: the action that got the proof
 * could keep it for one language only.
 */
export async function shareOrderProof(
  orderId: string,
  locale: string
): Promise<void> {
  const proof = await heldOrderProof()
  // Arguments come from the browser; a proof copied to another order's page opens nothing.
  if (
    !proof ||
    typeof orderId !== "string" ||
    !hasLocale(routing.locales, locale)
  )
    return
  await keepOrderProof({ order: { id: orderId }, proof }, otherLocale(locale))
}

/** Polled by the order page until the transfer arrives; the summary needs no proof. */
export async function getOrderPaid(id: string): Promise<boolean> {
  const { order } = await uncachedStoreFetch<{
    order: { payment_status: string }
  }>(`/store/orders/${encodeURIComponent(id)}/summary`)
  return isPaid(order.payment_status)
}

export type LookupState =
  | { status: "idle" | "notFound" | "invalid" }
  /** `message`: the backend's own sentence, in the form's language. */
  | { status: "tooMany"; message?: string }

/**
 * Guest order lookup: order number + the email or phone used at checkout → the order page,
 * with the proof that shows its delivery details to this browser.
 */
export async function lookUpOrder(
  _previous: LookupState,
  formData: FormData
): Promise<LookupState> {
  const number = String(formData.get("number") ?? "").replace(/\D/g, "")
  const contact = String(formData.get("contact") ?? "").trim()
  const locale = localeOf(formData)
  if (!number || !contact) return { status: "invalid" }
  let grant: OrderProofGrant
  try {
    grant = await uncachedStoreFetch<OrderProofGrant>("/store/order-lookup", {
      method: "POST",
      body: { display_id: Number(number), contact },
      locale,
    })
  } catch (error) {
    const limited = tooManyTries(error)
    if (limited) return { status: "tooMany", message: limited.message }
    const status = statusOf(error)
    if (status === 404 || status === 400) return { status: "notFound" }
    throw error
  }
  await keepOrderProof(grant, locale)
  redirect(orderPagePath(locale, grant.order.id))
}
