// The checkout's own shapes: the cart, the choices at checkout and the order page's summary.
// Only ./reshape.ts knows the Medusa payloads they come from.
import type { CartRefusal } from "./cart-refusal"

type PaymentStatus =
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
  kind: "vietqr" | "vnpay" | "card"
  /** Stripe's publishable key, for the Payment Element (cards only). */
  publishableKey?: string
}

interface OrderLine {
  id: string
  title: string
  variant: string | null
  quantity: number
  unitPrice: number
  /** After the order's promotion codes: what the shopper pays for this line. */
  total: number
  /** What promotion codes took off this line, in đồng; 0 when none did. */
  discount: number
  thumbnail: string | null
  /** The day the shop promises to ship a pre-ordered line, "YYYY-MM-DD"; null ships from stock. */
  shipsOn: string | null
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
  /** How long the order holds its stock before the transfer must arrive. */
  lifetimeMinutes: number | null
  /** `expired`: the hold ended; the order is cancelled after the grace period unless paid. */
  status: "awaiting" | "expired" | "paid" | "cancelled"
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
  /** The items before promotion codes. */
  itemSubtotal: number
  /** The items after promotion codes. */
  itemTotal: number
  /** What promotion codes took off the order, in đồng; 0 when none did. */
  discountTotal: number
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

/** Who an order goes to: shown only to a browser that proved it may see it. */
export interface OrderDelivery {
  name: string | null
  /** E.164, as the backend stores it. */
  phone: string | null
  email: string | null
  /** Street, ward and province on one line. */
  address: string | null
}

export interface CartLine {
  id: string
  variantId: string | null
  productHandle: string | null
  productTitle: string
  variantTitle: string | null
  thumbnail: string | null
  quantity: number
  unitPrice: number
  /** After the cart's promotion codes. */
  total: number
  /** What the cart's promotion codes took off this line, in đồng; 0 when none did. */
  discount: number
  /** The codes that lowered this line. */
  discountCodes: string[]
}

export interface Cart {
  id: string
  lines: CartLine[]
  itemCount: number
  /** The items before promotion codes. */
  subtotal: number
  /** What the cart's promotion codes take off, in đồng; 0 when none do. */
  discountTotal: number
  /** The items after promotion codes: what the shopper pays for them. */
  itemTotal: number
  total: number
  /** The promotion codes the shopper applied and may remove (automatic promotions are not listed). */
  promoCodes: string[]
}

export type CheckoutField =
  | "email"
  | "phone"
  | "name"
  | "province"
  | "ward"
  | "address"
  | "shipping"
  | "payment"

/** Message keys (namespace "checkout.errors"), never backend text, so both languages work. */
export type CheckoutError =
  | "required"
  | "emailInvalid"
  | "phoneInvalid"
  | "provinceUnknown"
  | "wardUnknown"
  | "outOfStock"
  | "emptyCart"
  | "tooMany"
  | "unpaidLimit"
  | "failed"

export type CheckoutState = {
  /** "card": the order waits for the card in Stripe's Payment Element (clientSecret). */
  status: "idle" | "error" | "card"
  clientSecret?: string
  fieldErrors?: Partial<Record<CheckoutField, CheckoutError>>
  formError?: CheckoutError
  /** The backend's own sentence for `formError` (too many tries), in the shopper's language. */
  formMessage?: string
  /** The backend refused a product that is no longer on sale: the form names it instead. */
  unavailable?: CartRefusal
  values?: Record<string, string>
}

/** Why the order was not placed, as the checkout's error area shows it. */
export type OrderFailure = Pick<
  CheckoutState,
  "formError" | "formMessage" | "unavailable"
>

export interface CheckoutData {
  cart: Cart
  shippingOptions: ShippingChoice[]
  paymentChoices: PaymentChoice[]
  /** The market sends order messages on Zalo: the shopper may agree, then email is optional. */
  zaloOffered: boolean
}
