import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"
import type { BankTransactionOutcome } from "../../../types/bank-transfer/module"
import type { AdminListBankTransactionsParamsType } from "./validators"

const UNRESOLVED_OUTCOMES: BankTransactionOutcome[] = [
  "underpaid",
  "unknown_reference",
  "already_paid",
]

/**
 * GET /admin/bank-transactions — transfers that settled nothing (underpaid, unknown reference,
 * paid twice) for officers to resolve; `?outcome=captured` lists the settled ones.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminListBankTransactionsParamsType>,
  res: MedusaResponse
) {
  const bankTransfer =
    req.scope.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
  const outcome = req.validatedQuery.outcome ?? UNRESOLVED_OUTCOMES
  const transactions = await bankTransfer.listBankTransactions(
    { outcome },
    { order: { created_at: "DESC" }, take: 100 }
  )
  res.json({ transactions })
}
