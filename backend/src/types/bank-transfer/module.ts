/** Where a VietQR transfer stands for its order. */
export const VIETQR_PAYMENT_STATUSES = [
  "awaiting",
  "paid",
  "cancelled",
] as const

/** What became of one bank transaction (domain/bank-transfer-outcome.ts decides). */
export const BANK_TRANSACTION_OUTCOMES = [
  "captured",
  "revived",
  "underpaid",
  "overpaid",
  "unknown_reference",
  "already_paid",
  "needs_refund",
  "wrong_account",
  "outgoing",
] as const
export type BankTransactionOutcome = (typeof BANK_TRANSACTION_OUTCOMES)[number]
