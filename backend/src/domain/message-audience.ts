import type { MessageKind } from "../notifications/kinds"

// Who hears what: each kind of message has one audience. Shoppers are told about their own
// order, always; members and officers may turn each of their kinds off (every kind starts on).

export type Audience = "shopper" | "member" | "officer"

type AudienceRule = {
  audience: Audience
  /** Whether the recipient may turn this kind off in their settings. */
  optional: boolean
}

export const MESSAGE_AUDIENCES: Record<MessageKind, AudienceRule> = {
  "order-placed": { audience: "shopper", optional: false },
  "payment-received": { audience: "shopper", optional: false },
  "order-shipped": { audience: "shopper", optional: false },
  "order-cancelled": { audience: "shopper", optional: false },
  "payment-refunded": { audience: "shopper", optional: false },
  "payment-expired": { audience: "shopper", optional: false },
  // Only the order's own email or Zalo can confirm that an account may hold the order.
  "order-transfer-requested": { audience: "shopper", optional: false },
  "phone-verification": { audience: "shopper", optional: false },
  "producer-new-order": { audience: "member", optional: true },
  "producer-low-stock": { audience: "member", optional: true },
  // Account messages answer the member's own request or invitation.
  "producer-password-reset": { audience: "member", optional: false },
  "producer-invite": { audience: "member", optional: false },
  "officer-producer-submitted": { audience: "officer", optional: true },
  "officer-transfer-attention": { audience: "officer", optional: true },
}

/** The kinds a member or an officer may turn on and off, in a stable order. */
export function settingKindsFor(audience: "member" | "officer"): MessageKind[] {
  return (Object.keys(MESSAGE_AUDIENCES) as MessageKind[]).filter(
    (kind) =>
      MESSAGE_AUDIENCES[kind].audience === audience &&
      MESSAGE_AUDIENCES[kind].optional
  )
}

/** Whether a recipient who turned `muted` kinds off still receives `kind`. */
export function receivesMessage(kind: MessageKind, muted: boolean): boolean {
  return !MESSAGE_AUDIENCES[kind].optional || !muted
}

export type StockAlertAction = "alert" | "clear" | "none"

/**
 * One alert per crossing: members hear once when available stock falls to the threshold; the
 * mark clears when stock rises above it again, so the next fall alerts again.
 */
export function stockAlertAction(
  available: number,
  threshold: number,
  alreadyAlerted: boolean
): StockAlertAction {
  if (available <= threshold) {
    return alreadyAlerted ? "none" : "alert"
  }
  return alreadyAlerted ? "clear" : "none"
}

export const DEFAULT_LOW_STOCK_THRESHOLD = 5

/** The messages a shopper may still receive about an order, by where its money stands. */
export function shopperMessagesAhead(
  payment: "awaiting_transfer" | "paid" | "refunded" | "canceled"
): MessageKind[] {
  switch (payment) {
    case "awaiting_transfer":
      return [
        "payment-received",
        "payment-expired",
        "order-shipped",
        "order-cancelled",
      ]
    case "paid":
      return ["order-shipped", "order-cancelled", "payment-refunded"]
    case "canceled":
      return ["payment-refunded"]
    case "refunded":
      return []
  }
}
