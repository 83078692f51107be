import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ATTENTION_OUTCOMES } from "../../../domain/bank-transfer-outcome"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"
import type { AdminListBankTransactionsParamsType } from "./validators"

/**
 * GET /admin/bank-transactions — the officers' desk: by default the transfers that need someone
 * (underpaid, overpaid, unknown reference, paid twice, to refund, to another account);
 * `?outcome=` any one kind, `?q=` part of a reference or content, newest first.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminListBankTransactionsParamsType>,
  res: MedusaResponse
) {
  const bankTransfer =
    req.scope.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
  const { outcome, q, limit, offset } = req.validatedQuery
  const search = q ? `%${q.replace(/[%_\\]/g, "\\$&")}%` : null
  const [transactions, count] = await bankTransfer.listAndCountBankTransactions(
    {
      outcome: outcome ?? [...ATTENTION_OUTCOMES],
      ...(search
        ? {
            $or: [
              { reference: { $ilike: search } },
              { content: { $ilike: search } },
            ],
          }
        : {}),
    },
    { order: { created_at: "DESC" }, take: limit, skip: offset }
  )
  res.json({ transactions, count, limit, offset })
}
