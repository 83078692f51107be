import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { confirmBankTransferWorkflow } from "../../../../../../workflows/payment/confirm-bank-transfer"

/** POST /admin/orders/:id/bank-transfer/confirm — an officer marks the transfer received. */
export async function POST(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  const { result } = await confirmBankTransferWorkflow(req.scope).run({
    input: { order_id: req.params.id, officer_id: req.auth_context.actor_id },
  })
  res.json({ vietqr_payment: result })
}
