import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  PAYING_OUTCOMES,
  UNPAID_STATUSES,
} from "../../../domain/bank-transfer-outcome"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"
import type { BankTransactionOutcome } from "../../../types/bank-transfer/module"

export type BankTransactionMatchInput = {
  /** The recorded transaction (its own id, not the bank's). */
  id: string
  /** An officer names the order; the reconciliation job goes by the transfer's reference. */
  order_id?: string | null
}

export type BankTransactionMatch = {
  id: string
  reference: string
  order_id: string
  outcome: BankTransactionOutcome
} | null

const vnd = (amount: number) =>
  `${new Intl.NumberFormat("vi-VN").format(amount)} đ`

/**
 * Which unpaid order (its hold running or expired within the grace period) a recorded transfer pays. An officer's match must name an order awaiting
 * exactly this amount (otherwise 400, 409 when the transfer already paid one); the job's
 * re-match by reference quietly finds nothing until the order exists and still awaits.
 */
export const resolveBankTransactionMatchStep = createStep(
  "resolve-bank-transaction-match",
  async (input: BankTransactionMatchInput, { container }) => {
    const bankTransfer =
      container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
    const byOfficer = !!input.order_id
    const [transaction] = await bankTransfer.listBankTransactions({
      id: input.id,
    })
    if (!transaction) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Bank transaction with id: ${input.id} was not found`
      )
    }
    if (PAYING_OUTCOMES.includes(transaction.outcome)) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "This transfer is already matched to an order that it paid"
      )
    }
    if (transaction.transfer_type !== "in") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "An outgoing transfer pays no order"
      )
    }
    const [awaited] = await bankTransfer.listVietqrPayments(
      byOfficer
        ? { order_id: input.order_id! }
        : { reference: transaction.reference ?? "" }
    )
    const amount = Number(transaction.amount)
    const unpaid = !!awaited && UNPAID_STATUSES.includes(awaited.status)
    if (!byOfficer) {
      const matches = unpaid && amount >= Number(awaited.amount)
      return new StepResponse<BankTransactionMatch>(
        matches
          ? {
              id: transaction.id,
              reference: awaited.reference,
              order_id: awaited.order_id,
              outcome:
                amount > Number(awaited.amount) ? "overpaid" : "captured",
            }
          : null
      )
    }
    if (!awaited) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        "This order was not paid by VietQR transfer"
      )
    }
    if (!unpaid) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "This order no longer awaits a transfer: it is already paid or was cancelled"
      )
    }
    if (amount !== Number(awaited.amount)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Amount does not match: the transfer is ${vnd(amount)}, the order awaits ${vnd(Number(awaited.amount))}`
      )
    }
    return new StepResponse<BankTransactionMatch>({
      id: transaction.id,
      reference: awaited.reference,
      order_id: awaited.order_id,
      outcome: "captured",
    })
  }
)
