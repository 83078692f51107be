import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"

/**
 * GET /admin/bank-transactions — transfers that settled nothing (underpaid, unknown reference,
 * paid twice) for officers to resolve; `?outcome=captured` lists the settled ones.
 */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  const bankTransfer =
    req.scope.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
  const outcome =
    typeof req.query.outcome === "string"
      ? req.query.outcome
      : ["underpaid", "unknown_reference", "already_paid"]
  const transactions = await bankTransfer.listBankTransactions(
    { outcome: outcome as never },
    { order: { created_at: "DESC" }, take: 100 }
  )
  res.json({ transactions })
}
