"use server"

import { isNotFound, uncachedStoreFetch } from "@/lib/data/shared/store-fetch"
import { heldOrderProof } from "./order-proof-cookie"

/** A kind of message the market sends a shopper about an order. */
export type ShopperMessageKind =
  | "order-placed"
  | "payment-received"
  | "order-shipped"
  | "order-cancelled"
  | "payment-refunded"
  | "payment-expired"

/** What the shopper heard about an order and will still hear, and where, as the backend says. */
export type OrderMessages = {
  channel: "zalo" | "email" | null
  to: string | null
  ahead: ShopperMessageKind[]
  sent: {
    kind: ShopperMessageKind
    channel: "zalo" | "email"
    sentAt: string
  }[]
}

type RawOrderMessages = {
  channel: "zalo" | "email" | null
  to: string | null
  ahead: ShopperMessageKind[]
  sent: {
    kind: ShopperMessageKind
    channel: "zalo" | "email"
    sent_at: string
  }[]
}

/**
 * The order's messages for a browser holding a proof for it: they name the shopper's email or
 * Zalo number. Null without a proof, or once the backend no longer accepts it.
 */
export async function getOrderMessages(
  id: string
): Promise<OrderMessages | null> {
  const proof = await heldOrderProof()
  if (!proof) return null
  try {
    const raw = await uncachedStoreFetch<RawOrderMessages>(
      `/store/orders/${encodeURIComponent(id)}/messages`,
      { headers: { "x-order-proof": proof } }
    )
    return {
      channel: raw.channel,
      to: raw.to,
      ahead: raw.ahead,
      sent: raw.sent.map(({ kind, channel, sent_at }) => ({
        kind,
        channel,
        sentAt: sent_at,
      })),
    }
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}
