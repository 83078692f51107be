import { Badge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import {
  BANK_TRANSACTION_OUTCOMES,
  type BankTransactionOutcome,
} from "../../types/bank-transfer/module"
import { formatDateTime, intlLocale } from "../lib/client"

/** What became of a transfer the bank reported; labels live under xtBankTransfers.outcomes. */
export const OUTCOMES = BANK_TRANSACTION_OUTCOMES
export type Outcome = BankTransactionOutcome

export type BankTransaction = {
  id: string
  transaction_id: string
  gateway: string | null
  account_number: string | null
  transaction_date: string | null
  content: string | null
  transfer_type: "in" | "out"
  amount: number | string
  reference: string | null
  order_id: string | null
  // A plain string: the backend may learn an outcome before this page does.
  outcome: string
  created_at: string
}

// Green: the order got its money; orange: money came for an order, not the sum it awaited;
// red: money that no order can keep as it stands; grey: nothing for an officer to do.
const OUTCOME_COLOR: Record<Outcome, "green" | "orange" | "red" | "grey"> = {
  captured: "green",
  revived: "green",
  underpaid: "orange",
  overpaid: "orange",
  unknown_reference: "red",
  already_paid: "red",
  needs_refund: "red",
  wrong_account: "red",
  outgoing: "grey",
}

export const isOutcome = (value: string): value is Outcome =>
  (OUTCOMES as readonly string[]).includes(value)

// Money that came in and paid no order yet. A transfer that paid its order (captured, revived,
// overpaid) or left the account cannot pay another one: the backend refuses those matches.
const MATCHABLE = new Set<Outcome>([
  "unknown_reference",
  "underpaid",
  "wrong_account",
  "already_paid",
  "needs_refund",
])

export const canMatch = (transaction: BankTransaction) =>
  transaction.transfer_type === "in" &&
  isOutcome(transaction.outcome) &&
  MATCHABLE.has(transaction.outcome)

/** The outcome in the officer's language; one the page does not know yet reads "other". */
export const OutcomeBadge = ({ outcome }: { outcome: string }) => {
  const { t } = useTranslation()
  const known = isOutcome(outcome)
  return (
    <Badge size="2xsmall" color={known ? OUTCOME_COLOR[outcome] : "grey"}>
      {t(`xtBankTransfers.outcomes.${known ? outcome : "other"}`)}
    </Badge>
  )
}

const BANK_CLOCK = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(:\d{2})?)$/

/**
 * When the money moved, as the bank's statement shows it. The bank writes its own wall clock
 * without a zone ("2024-07-25 14:02:37"), so it is shown as written, never shifted to the
 * browser's zone; without a bank date, when the notification reached us.
 */
export const transactionTime = (
  transaction: BankTransaction,
  locale: string
) => {
  const bankDate = transaction.transaction_date
  if (!bankDate) {
    return formatDateTime(transaction.created_at, locale)
  }
  const clock = BANK_CLOCK.exec(bankDate)
  if (!clock) {
    return bankDate
  }
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  }).format(new Date(`${clock[1]}T${clock[2]}Z`))
}
