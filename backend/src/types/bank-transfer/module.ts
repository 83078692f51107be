/** Where a VietQR transfer stands for its order. */
export const VIETQR_PAYMENT_STATUSES = [
  "awaiting",
  "paid",
  "cancelled",
] as const

/** What became of one incoming bank transaction; all but `captured` wait for an officer. */
export const BANK_TRANSACTION_OUTCOMES = [
  "captured",
  "underpaid",
  "unknown_reference",
  "already_paid",
  "outgoing",
] as const
export type BankTransactionOutcome = (typeof BANK_TRANSACTION_OUTCOMES)[number]
