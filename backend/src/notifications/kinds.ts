// Every message the market sends, with the facts each one carries. The dispatcher gathers
// the facts; the renderer (email) and the Zalo provider (template parameters) turn them into
// words. A kind's name is also its notification `template` and its settings key.

export type MessageLocale = "vi" | "en"

export type MessageLine = {
  title: string
  quantity: number
  total: number
  /** A pre-ordered line's promised ship date, "YYYY-MM-DD" (Vietnam calendar). */
  shipsOn?: string | null
}

export type OrderPayment =
  | {
      kind: "vietqr"
      reference: string
      amount: number
      bankName: string
      accountNumber: string
      accountName: string
      /** A hosted PNG of the VietQR code: mail clients block `data:` images. */
      qrImageUrl: string
    }
  | { kind: "vnpay" }
  | { kind: "card" }
  | { kind: "other" }

export type ShipTo = {
  name: string
  phone: string
  /** Street, ward, district, province: one line each, as the shopper wrote them. */
  lines: string[]
}

export type MessageFacts = {
  "order-placed": {
    displayId: number
    orderUrl: string
    lines: MessageLine[]
    itemTotal: number
    shippingTotal: number
    total: number
    payment: OrderPayment
    /** Minutes a transfer order holds its stock; set only for VietQR. */
    holdMinutes?: number
  }
  "payment-received": {
    displayId: number
    orderUrl: string
    total: number
  }
  "order-shipped": {
    displayId: number
    orderUrl: string
    producerName: string
    carrier: string
    trackingNumber: string
    /** The carrier's tracking page, when the carrier has one. */
    trackingUrl: string | null
    lines: MessageLine[]
  }
  "order-cancelled": {
    displayId: number
    orderUrl: string
  }
  "payment-refunded": {
    displayId: number
    orderUrl: string
    amount: number
  }
  "payment-expired": {
    displayId: number
    orderUrl: string
    /** Hours during which a late transfer still revives the order. */
    graceHours: number
  }
  "producer-new-order": {
    producerName: string
    displayId: number
    portalUrl: string
    /** Only this producer's lines. */
    lines: MessageLine[]
    shipTo: ShipTo
  }
  "producer-low-stock": {
    producerName: string
    productTitle: string
    variantTitle: string | null
    stock: number
    threshold: number
    portalUrl: string
  }
  "producer-password-reset": {
    resetUrl: string
  }
  "phone-verification": {
    /** Six digits the shopper types to prove the phone is theirs. */
    code: string
    minutes: number
    /** The sign-up page, where the code is typed. */
    signUpUrl: string
  }
  "order-transfer-requested": {
    displayId: number
    /** The account that asked to hold the order. */
    accountEmail: string
    acceptUrl: string
  }
  "producer-invite": {
    producerName: string
    inviteUrl: string
    /** A hosted PNG of the invite link's QR code. */
    qrImageUrl: string
    expiresAt: string
  }
  "officer-producer-submitted": {
    producerName: string
    adminUrl: string
  }
  "officer-transfer-attention": {
    /** One of the outcomes officers act on: unknown_reference, underpaid, overpaid, already_paid, needs_refund, wrong_account. */
    outcome: string
    amount: number
    reference: string | null
    orderDisplayId: number | null
    adminUrl: string
  }
}

export type MessageKind = keyof MessageFacts

export const MESSAGE_KINDS = [
  "order-placed",
  "payment-received",
  "order-shipped",
  "order-cancelled",
  "payment-refunded",
  "payment-expired",
  "order-transfer-requested",
  "phone-verification",
  "producer-new-order",
  "producer-low-stock",
  "producer-password-reset",
  "producer-invite",
  "officer-producer-submitted",
  "officer-transfer-attention",
] as const satisfies readonly MessageKind[]

/** What every channel's renderer produces for an email. */
export type RenderedEmail = { subject: string; html: string; text: string }
