import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { BANK_TRANSFER_MODULE } from "../../../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../../../modules/bank-transfer/service"
import { matchBankTransactionWorkflow } from "../../../../../workflows/payment/match-bank-transaction"
import type { AdminMatchBankTransactionType } from "../../validators"

/** An officer pays an awaiting order with a transfer that arrived without a usable reference. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminMatchBankTransactionType>,
  res: MedusaResponse
) {
  await matchBankTransactionWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      order_id: req.validatedBody.order_id,
      matched_by: `user:${req.auth_context.actor_id}`,
    },
  })
  const bankTransfer =
    req.scope.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
  const transaction = await bankTransfer.retrieveBankTransaction(req.params.id)
  res.json({ transaction })
}
