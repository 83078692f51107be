import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"
import type { BankTransactionOutcome } from "../../../types/bank-transfer/module"

/**
 * Corrects a recorded transaction's outcome (a transfer that lost the race to settle an order)
 * or records the order it was matched to later; compensation restores both.
 */
export const setBankTransactionOutcomeStep = createStep(
  "set-bank-transaction-outcome",
  async (
    input: {
      id: string
      outcome: BankTransactionOutcome
      order_id?: string | null
    },
    { container }
  ) => {
    const bankTransfer =
      container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
    const previous = await bankTransfer.retrieveBankTransaction(input.id)
    await bankTransfer.updateBankTransactions({
      id: input.id,
      outcome: input.outcome,
      ...(input.order_id !== undefined ? { order_id: input.order_id } : {}),
    })
    return new StepResponse(input.outcome, {
      id: input.id,
      outcome: previous.outcome,
      order_id: previous.order_id,
    })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const bankTransfer =
      container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
    await bankTransfer.updateBankTransactions(previous)
  }
)
