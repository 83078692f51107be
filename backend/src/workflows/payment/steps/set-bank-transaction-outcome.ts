import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"
import type { BankTransactionOutcome } from "../../../types/bank-transfer/module"

/** Corrects a recorded transaction's outcome (a transfer that lost the race to settle an order). */
export const setBankTransactionOutcomeStep = createStep(
  "set-bank-transaction-outcome",
  async (
    input: { id: string; outcome: BankTransactionOutcome },
    { container }
  ) => {
    const bankTransfer =
      container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
    const previous = await bankTransfer.retrieveBankTransaction(input.id)
    await bankTransfer.updateBankTransactions({
      id: input.id,
      outcome: input.outcome,
    })
    return new StepResponse(input.outcome, {
      id: input.id,
      outcome: previous.outcome,
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
