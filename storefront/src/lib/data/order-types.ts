// The storefront's own shapes for checkout and orders, and the one place that reads the
// backend's order summary payload (the reshape boundary for issue 3).

export type PaymentStatus =
  | "not_paid"
  | "awaiting"
  | "authorized"
  | "captured"
  | "partially_refunded"
  | "refunded"
  | "canceled"
  | string

export interface ShippingChoice {
  id: string
  name: string
  amount: number
}

export interface PaymentChoice {
  id: string
  kind: "vietqr" | "card"
  /** Stripe's publishable key, for the Payment Element (cards only). */
  publishableKey?: string
}

export interface OrderLine {
  id: string
  title: string
  variant: string | null
  quantity: number
  unitPrice: number
  total: number
  thumbnail: string | null
}

export interface VietqrInstructions {
  reference: string
  payload: string
  qrDataUrl: string
  amount: number
  bankName: string
  accountNumber: string
  accountName: string
  expiresAt: string | null
}

export interface OrderSummary {
  id: string
  displayId: number
  status: string
  createdAt: string
  paid: boolean
  paymentStatus: PaymentStatus
  fulfillmentStatus: string
  total: number
  itemTotal: number
  shippingTotal: number
  lines: OrderLine[]
  shippingMethod: string | null
  shipments: {
    shippedAt: string | null
    carrier: string | null
    trackingNumber: string | null
    trackingUrl: string | null
  }[]
  vietqr: Omit<VietqrInstructions, "qrDataUrl"> | null
}

type Maybe<T> = T | null | undefined

interface RawOrderItem {
  id: string
  title?: Maybe<string>
  product_title?: Maybe<string>
  variant_title?: Maybe<string>
  quantity: number
  unit_price: number
  total: number
  thumbnail?: Maybe<string>
}

interface RawFulfillment {
  shipped_at?: Maybe<string>
  /** Named by the producer when it marked its lines shipped (issue 5). */
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
}

/** GET /store/orders/:id/summary as the backend sends it. */
export interface RawOrderSummary {
  id: string
  display_id: number
  status: string
  created_at: string
  payment_status: string
  fulfillment_status: string
  total: number
  item_total: number
  shipping_total: number
  items?: Maybe<RawOrderItem[]>
  shipping_methods?: Maybe<{ name?: Maybe<string> }[]>
  fulfillments?: Maybe<RawFulfillment[]>
  vietqr?: Maybe<RawVietqr>
}

const PAID = new Set(["captured", "partially_refunded", "refunded"])

export function isPaid(paymentStatus: string): boolean {
  return PAID.has(paymentStatus)
}

export function reshapeOrderSummary(raw: RawOrderSummary): OrderSummary {
  const vietqr = raw.vietqr
  return {
    id: raw.id,
    displayId: raw.display_id,
    status: raw.status,
    createdAt: raw.created_at,
    paid: isPaid(raw.payment_status),
    paymentStatus: raw.payment_status,
    fulfillmentStatus: raw.fulfillment_status,
    total: Number(raw.total),
    itemTotal: Number(raw.item_total),
    shippingTotal: Number(raw.shipping_total),
    lines: (raw.items ?? []).map((item) => ({
      id: item.id,
      title: item.product_title ?? item.title ?? "",
      variant: item.variant_title ?? null,
      quantity: Number(item.quantity),
      unitPrice: Number(item.unit_price),
      total: Number(item.total),
      thumbnail: item.thumbnail ?? null,
    })),
    shippingMethod: raw.shipping_methods?.[0]?.name ?? null,
    shipments: (raw.fulfillments ?? [])
      .filter((fulfillment) => fulfillment.shipped_at)
      .map((fulfillment) => ({
        shippedAt: fulfillment.shipped_at ?? null,
        carrier: fulfillment.carrier ?? null,
        trackingNumber: fulfillment.labels?.[0]?.tracking_number ?? null,
        trackingUrl: fulfillment.labels?.[0]?.tracking_url ?? null,
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
        }
      : null,
  }
}
