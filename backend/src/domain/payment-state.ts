/**
 * The market's own word for where an order's money stands, which producers ship by. Medusa calls
 * an unpaid VietQR order "authorized" (its session is authorized at checkout so the order can be
 * placed), which would read as paid; here only captured money is paid.
 */
export type MarketPaymentStatus =
  "awaiting_transfer" | "paid" | "refunded" | "canceled"

type Amount = number | string | null | undefined

export type PaymentCollectionFacts = {
  status?: string | null
  amount: Amount
  captured_amount?: Amount
  refunded_amount?: Amount
}

const toNumber = (value: Amount) => Number(value ?? 0) || 0

export function marketPaymentStatus(
  orderStatus: string,
  collections: PaymentCollectionFacts[]
): MarketPaymentStatus {
  if (orderStatus === "canceled") {
    return "canceled"
  }
  const open = collections.filter(
    (collection) => collection.status !== "canceled"
  )
  const sum = (pick: (collection: PaymentCollectionFacts) => Amount) =>
    open.reduce((total, collection) => total + toNumber(pick(collection)), 0)
  const amount = sum((collection) => collection.amount)
  const captured = sum((collection) => collection.captured_amount)
  const refunded = sum((collection) => collection.refunded_amount)
  if (refunded > 0 && refunded >= captured) {
    return "refunded"
  }
  if (amount > 0 && captured >= amount) {
    return "paid"
  }
  return "awaiting_transfer"
}

/** The fields `marketPaymentStatus` reads from an order. */
export const PAYMENT_STATE_FIELDS = [
  "status",
  "payment_collections.status",
  "payment_collections.amount",
  "payment_collections.captured_amount",
  "payment_collections.refunded_amount",
]
