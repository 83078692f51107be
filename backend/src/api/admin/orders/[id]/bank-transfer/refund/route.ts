import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { BANK_TRANSFER_MODULE } from "../../../../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../../../../modules/bank-transfer/service"
import type { AdminRecordBankRefundType } from "../../../validators"

/**
 * POST /admin/orders/:id/bank-transfer/refund — records money an officer sent back by bank
 * transfer; Medusa's refund flow checks it against what was captured and updates the order.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminRecordBankRefundType>,
  res: MedusaResponse
) {
  const bankTransfer =
    req.scope.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
  const [vietqrPayment] = await bankTransfer.listVietqrPayments({
    order_id: req.params.id,
  })
  if (!vietqrPayment || vietqrPayment.status !== "paid") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Only an order paid by VietQR transfer can get a bank-transfer refund"
    )
  }
  const { result } = await refundPaymentWorkflow(req.scope).run({
    input: {
      payment_id: vietqrPayment.payment_id,
      amount: req.validatedBody.amount,
      created_by: req.auth_context.actor_id,
      note: `Hoàn tiền chuyển khoản / bank refund ${req.validatedBody.bank_reference}`,
    },
  })
  res.json({ payment: result })
}
