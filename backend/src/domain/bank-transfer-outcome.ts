import type {
  BankTransactionOutcome,
  VietqrPaymentStatus,
} from "../types/bank-transfer/module"

export type TransferFacts = {
  transferType: "in" | "out"
  amount: number
  /** The account the bank reported, and SePay's virtual sub-account when one was used. */
  accountNumber: string | null
  subAccount: string | null
  /** The market's own receiving account (VIETQR_ACCOUNT_NUMBER). */
  ownAccount: string
  /** The order payment the transfer's reference names, if any. */
  awaited: { status: VietqrPaymentStatus; amount: number } | null
}

/**
 * What one bank transaction is. Only money that reached the market's own account can pay an
 * order; a transfer for a paid or cancelled order is money to give back; an overpayment still
 * pays the order, and the excess is listed for an officer to refund. A full transfer for an
 * order whose hold expired revives it (the settlement turns it into `needs_refund` when the
 * stock has gone meanwhile).
 */
export function transferOutcome(facts: TransferFacts): BankTransactionOutcome {
  if (facts.transferType === "out") {
    return "outgoing"
  }
  const ours = [facts.accountNumber, facts.subAccount].some(
    (account) => !!account && account.trim() === facts.ownAccount.trim()
  )
  if (!ours) {
    return "wrong_account"
  }
  if (!facts.awaited) {
    return "unknown_reference"
  }
  if (facts.awaited.status === "paid") {
    return "already_paid"
  }
  if (facts.awaited.status === "cancelled") {
    return "needs_refund"
  }
  if (facts.amount < facts.awaited.amount) {
    return "underpaid"
  }
  if (facts.awaited.status === "expired") {
    return "revived"
  }
  return facts.amount > facts.awaited.amount ? "overpaid" : "captured"
}

/** A transfer can still pay an order in these states: its hold runs, or expired in the grace period. */
export const UNPAID_STATUSES: readonly VietqrPaymentStatus[] = [
  "awaiting",
  "expired",
]

/** Outcomes whose transfer pays its order. */
export const PAYING_OUTCOMES: readonly BankTransactionOutcome[] = [
  "captured",
  "revived",
  "overpaid",
]

/** Outcomes an officer has to look at; the desk lists these by default. */
export const ATTENTION_OUTCOMES: readonly BankTransactionOutcome[] = [
  "underpaid",
  "overpaid",
  "unknown_reference",
  "already_paid",
  "needs_refund",
  "wrong_account",
]
