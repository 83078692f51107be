/**
 * Where a VietQR transfer stands for its order: `awaiting` holds stock; `expired` released it
 * but a transfer may still revive the order until the grace period ends in `cancelled`.
 */
export const VIETQR_PAYMENT_STATUSES = [
  "awaiting",
  "expired",
  "paid",
  "cancelled",
] as const
export type VietqrPaymentStatus = (typeof VIETQR_PAYMENT_STATUSES)[number]

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
