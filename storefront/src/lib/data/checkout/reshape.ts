// The boundary between the Store API's cart and order payloads and the checkout's own types.
// Nothing else in the checkout reads raw payloads.
import { isCalendarDay } from "@/lib/util/date"
import type { Cart, CartLine, OrderDelivery, OrderSummary } from "./types"

type Maybe<T> = T | null | undefined

interface RawOrderItem {
  id: string
  title?: Maybe<string>
  product_title?: Maybe<string>
  variant_title?: Maybe<string>
  quantity: number
  unit_price: number
  total: number
  discount_total?: Maybe<number>
  thumbnail?: Maybe<string>
}

interface RawFulfillment {
  shipped_at?: Maybe<string>
  /** Named by the producer when it marked its lines shipped from the portal. */
  carrier?: Maybe<string>
  labels?: Maybe<
    { tracking_number?: Maybe<string>; tracking_url?: Maybe<string> }[]
  >
}

interface RawVietqr {
  reference: string
  payload: string
  amount: number
  bank_name: string
  account_number: string
  account_name: string
  expires_at?: Maybe<string>
  lifetime_minutes?: Maybe<number>
  status?: Maybe<string>
}

const TRANSFER_STATES = ["awaiting", "expired", "paid", "cancelled"] as const
type TransferState = (typeof TRANSFER_STATES)[number]
const transferState = (value: Maybe<string>): TransferState =>
  TRANSFER_STATES.find((state) => state === value) ?? "awaiting"

/** A pre-ordered line of an order: `line_item_id` is one of the order's `items[].id`. */
export interface RawPreorderLine {
  line_item_id: string
  ships_on?: Maybe<string>
}

/**
 * GET /store/orders/:id/summary as the backend sends it, with the pre-ordered lines that
 * GET /store/orders/:id gives a proof holder.
 */
export interface RawOrderSummary {
  id: string
  display_id: number
  status: string
  created_at: string
  payment_status: string
  fulfillment_status: string
  total: number
  item_total: number
  /** Sent by backends that know promotion codes; without them the order had no discount. */
  item_subtotal?: Maybe<number>
  discount_total?: Maybe<number>
  shipping_total: number
  items?: Maybe<RawOrderItem[]>
  shipping_methods?: Maybe<{ name?: Maybe<string> }[]>
  fulfillments?: Maybe<RawFulfillment[]>
  vietqr?: Maybe<RawVietqr>
  preorder_lines?: Maybe<RawPreorderLine[]>
}

/** Each pre-ordered line's ship day by the order's line item id. */
function shipDays(lines: Maybe<RawPreorderLine[]>): Map<string, string> {
  return new Map(
    (lines ?? []).flatMap((line) =>
      isCalendarDay(line.ships_on)
        ? [[line.line_item_id, line.ships_on] as const]
        : []
    )
  )
}

const PAID = new Set(["captured", "partially_refunded", "refunded"])

export function isPaid(paymentStatus: string): boolean {
  return PAID.has(paymentStatus)
}

export function reshapeOrderSummary(raw: RawOrderSummary): OrderSummary {
  const vietqr = raw.vietqr
  const shipsOn = shipDays(raw.preorder_lines)
  return {
    id: raw.id,
    displayId: raw.display_id,
    status: raw.status,
    createdAt: raw.created_at,
    paid: isPaid(raw.payment_status),
    paymentStatus: raw.payment_status,
    fulfillmentStatus: raw.fulfillment_status,
    total: Number(raw.total),
    itemSubtotal: Number(raw.item_subtotal ?? raw.item_total),
    itemTotal: Number(raw.item_total),
    discountTotal: Number(raw.discount_total ?? 0),
    shippingTotal: Number(raw.shipping_total),
    lines: (raw.items ?? []).map((item) => ({
      id: item.id,
      title: item.product_title ?? item.title ?? "",
      variant: item.variant_title ?? null,
      quantity: Number(item.quantity),
      unitPrice: Number(item.unit_price),
      total: Number(item.total),
      discount: Number(item.discount_total ?? 0),
      thumbnail: item.thumbnail ?? null,
      shipsOn: shipsOn.get(item.id) ?? null,
    })),
    shippingMethod: raw.shipping_methods?.[0]?.name ?? null,
    shipments: (raw.fulfillments ?? [])
      .filter((fulfillment) => fulfillment.shipped_at)
      .map((fulfillment) => ({
        shippedAt: fulfillment.shipped_at ?? null,
        carrier: fulfillment.carrier ?? null,
        trackingNumber: fulfillment.labels?.[0]?.tracking_number ?? null,
        trackingUrl: fulfillment.labels?.[0]?.tracking_url || null,
      })),
    vietqr: vietqr
      ? {
          reference: vietqr.reference,
          payload: vietqr.payload,
          amount: Number(vietqr.amount),
          bankName: vietqr.bank_name,
          accountNumber: vietqr.account_number,
          accountName: vietqr.account_name,
          expiresAt: vietqr.expires_at ?? null,
          lifetimeMinutes:
            vietqr.lifetime_minutes == null
              ? null
              : Number(vietqr.lifetime_minutes),
          status: transferState(vietqr.status),
        }
      : null,
  }
}

/**
 * GET /store/orders/:id as the backend answers a proof holder. The checkout stores the whole
 * name in first_name, the street in address_1 and the ward in city.
 */
export interface RawOrderDelivery {
  email?: Maybe<string>
  shipping_address?: Maybe<{
    first_name?: Maybe<string>
    phone?: Maybe<string>
    address_1?: Maybe<string>
    city?: Maybe<string>
    province?: Maybe<string>
  }>
}

export function reshapeOrderDelivery(raw: RawOrderDelivery): OrderDelivery {
  const address = raw.shipping_address
  const filled = (value: Maybe<string>) => value?.trim() || null
  return {
    name: filled(address?.first_name),
    phone: filled(address?.phone),
    email: filled(raw.email),
    address:
      [address?.address_1, address?.city, address?.province]
        .map(filled)
        .filter(Boolean)
        .join(", ") || null,
  }
}

const nullable = <T>(value: Maybe<T>): T | null => value ?? null

interface RawLineItem {
  id: string
  variant_id?: Maybe<string>
  product_handle?: Maybe<string>
  product_title?: Maybe<string>
  title?: Maybe<string>
  variant_title?: Maybe<string>
  thumbnail?: Maybe<string>
  quantity: number
  unit_price: number
  total?: Maybe<number>
  subtotal?: Maybe<number>
  discount_total?: Maybe<number>
  adjustments?: Maybe<{ code?: Maybe<string> }[]>
}

export interface RawCart {
  id: string
  items?: Maybe<RawLineItem[]>
  item_subtotal?: Maybe<number>
  item_total?: Maybe<number>
  subtotal?: Maybe<number>
  discount_total?: Maybe<number>
  total?: Maybe<number>
  promotions?: Maybe<{ code?: Maybe<string>; is_automatic?: Maybe<boolean> }[]>
}

/** Each code once, in the order the backend gave them. */
const distinctCodes = (codes: Maybe<string>[]): string[] => [
  ...new Set(codes.filter((code): code is string => !!code)),
]

function reshapeLine(raw: RawLineItem): CartLine {
  return {
    id: raw.id,
    variantId: nullable(raw.variant_id),
    productHandle: nullable(raw.product_handle),
    productTitle: raw.product_title ?? raw.title ?? "",
    variantTitle: nullable(raw.variant_title),
    thumbnail: nullable(raw.thumbnail),
    quantity: raw.quantity,
    unitPrice: raw.unit_price,
    total: Number(raw.total ?? raw.subtotal ?? raw.unit_price * raw.quantity),
    discount: Number(raw.discount_total ?? 0),
    discountCodes: distinctCodes(
      (raw.adjustments ?? []).map((adjustment) => adjustment.code)
    ),
  }
}

export function reshapeCart(raw: RawCart): Cart {
  const lines = [...(raw.items ?? [])]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(reshapeLine)
  const subtotal = Number(
    raw.item_subtotal ??
      raw.subtotal ??
      lines.reduce((sum, line) => sum + line.total, 0)
  )
  const discountTotal = Number(raw.discount_total ?? 0)
  const itemTotal = Number(raw.item_total ?? subtotal - discountTotal)
  return {
    id: raw.id,
    lines,
    itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
    subtotal,
    discountTotal,
    itemTotal,
    total: Number(raw.total ?? itemTotal),
    promoCodes: distinctCodes(
      (raw.promotions ?? [])
        .filter((promotion) => !promotion.is_automatic)
        .map((promotion) => promotion.code)
    ),
  }
}
