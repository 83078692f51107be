import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BANK_TRANSFER_MODULE } from "../modules/bank-transfer"
import type BankTransferModuleService from "../modules/bank-transfer/service"
import { matchBankTransactionWorkflow } from "../workflows/payment/match-bank-transaction"

/** How far back unknown transfers are retried: longer than any order waits for its transfer. */
const LOOK_BACK_MS = 7 * 24 * 60 * 60 * 1000

/**
 * Retries transfers whose reference named no order when they arrived (the bank was faster than
 * the order's record, or recording it failed). Each retry is the match workflow, which claims
 * the order once, so running twice or on two workers at once pays nothing twice.
 */
export default async function reconcileBankTransfersJob(
  container: MedusaContainer
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const bankTransfer =
    container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
  const unknown = await bankTransfer.listBankTransactions(
    {
      outcome: "unknown_reference",
      transfer_type: "in",
      reference: { $ne: null },
      created_at: { $gt: new Date(Date.now() - LOOK_BACK_MS) },
    },
    { take: 200, order: { created_at: "ASC" } }
  )
  for (const transaction of unknown) {
    try {
      await matchBankTransactionWorkflow(container).run({
        input: { id: transaction.id, matched_by: "job:reconcile" },
      })
    } catch (error) {
      // One transfer that cannot be matched must not hold up the others.
      logger.warn(
        `Could not reconcile bank transaction ${transaction.transaction_id}: ${(error as Error).message}`
      )
    }
  }
}

export const config = {
  name: "reconcile-bank-transfers",
  schedule: "*/5 * * * *",
}
