"use server"

import { isNotFound, uncachedStoreFetch } from "@/lib/data/shared/store-fetch"
import { statusOf } from "@/lib/data/shared/actor-session"
import { customerHeaders } from "@/lib/data/account/session"
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
 * The order's messages for a browser holding a proof for it, or for its signed-in shopper: they
 * name the shopper's email or Zalo number. Null without either, or once the backend no longer
 * accepts it.
 */
export async function getOrderMessages(
  id: string
): Promise<OrderMessages | null> {
  const proof = await heldOrderProof()
  const access: Record<string, string> = proof
    ? { "x-order-proof": proof }
    : await customerHeaders()
  if (!proof && !access.authorization) return null
  try {
    const raw = await uncachedStoreFetch<RawOrderMessages>(
      `/store/orders/${encodeURIComponent(id)}/messages`,
      { headers: access }
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
    const status = statusOf(error)
    if (isNotFound(error) || status === 401 || status === 403) return null
    throw error
  }
}
