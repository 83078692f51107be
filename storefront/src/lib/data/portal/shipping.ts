// No "server-only" here: the order list, the dashboard and the ship action share these rules,
// and they are unit-tested alone.
import type { PortalOrder } from "./types"

type ShipState = Pick<PortalOrder, "status" | "payment_status" | "shipped">

/**
 * Whether the member should send this order now. Goods go out only once the shopper's money has
 * arrived, so an order awaiting its bank transfer is not yet one to ship.
 */
export function readyToShip(order: ShipState): boolean {
  return (
    order.payment_status === "paid" &&
    !order.shipped &&
    order.status !== "canceled"
  )
}

/** An order the member will ship once the bank reports the transfer. */
export function shipsOncePaid(order: ShipState): boolean {
  return (
    order.payment_status === "awaiting_transfer" &&
    !order.shipped &&
    order.status !== "canceled"
  )
}

// The backend's sentence when asked to ship an unpaid order (HTTP 400, type not_allowed). The SDK
// keeps only the message, so the sentence is what tells this refusal from a wrong field.
const NOT_PAID = "Order is not paid"

/** Whether the backend refused to ship because the order's money has not arrived. */
export function isNotPaidRefusal(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false
  const { status, message } = error as { status?: unknown; message?: unknown }
  return (
    status === 400 &&
    typeof message === "string" &&
    message.startsWith(NOT_PAID)
  )
}
