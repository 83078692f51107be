import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { BANK_TRANSFER_MODULE } from "../../../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../../../modules/bank-transfer/service"

/** GET /admin/orders/:id/bank-transfer — the awaited transfer and every bank line seen for it. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  const bankTransfer =
    req.scope.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
  const [vietqrPayment] = await bankTransfer.listVietqrPayments({
    order_id: req.params.id,
  })
  const transactions = await bankTransfer.listBankTransactions(
    { order_id: req.params.id },
    { order: { created_at: "DESC" } }
  )
  res.json({ vietqr_payment: vietqrPayment ?? null, transactions })
}
