/** Where a VietQR transfer stands for its order (issue 3). */
export const VIETQR_PAYMENT_STATUSES = [
  "awaiting",
  "paid",
  "cancelled",
] as const
export type VietqrPaymentStatus = (typeof VIETQR_PAYMENT_STATUSES)[number]

/** What became of one incoming bank transaction; all but `captured` wait for an officer. */
export const BANK_TRANSACTION_OUTCOMES = [
  "captured",
  "underpaid",
  "unknown_reference",
  "already_paid",
  "outgoing",
] as const
export type BankTransactionOutcome = (typeof BANK_TRANSACTION_OUTCOMES)[number]

export type VietqrPaymentDTO = {
  id: string
  reference: string
  order_id: string
  payment_id: string
  amount: number
  status: VietqrPaymentStatus
  paid_at: Date | null
  confirmed_by: string | null
  expires_at: Date
  created_at: Date
}

export type BankTransactionDTO = {
  id: string
  transaction_id: string
  gateway: string | null
  account_number: string | null
  transaction_date: string | null
  content: string | null
  transfer_type: "in" | "out"
  amount: number
  reference: string | null
  order_id: string | null
  outcome: BankTransactionOutcome
  created_at: Date
}
