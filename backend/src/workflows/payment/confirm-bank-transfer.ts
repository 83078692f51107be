import {
  capturePaymentWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { claimVietqrPaymentStep } from "./steps/claim-vietqr-payment"

export const confirmBankTransferWorkflowId = "confirm-bank-transfer"

/**
 * An officer saw the money arrive (a transfer without the reference, a counter deposit) and
 * marks the order paid by hand; who and when are kept on the VietQR payment.
 */
export const confirmBankTransferWorkflow = createWorkflow(
  confirmBankTransferWorkflowId,
  (input: { order_id: string; officer_id: string }) => {
    const { data: awaited } = useQueryGraphStep({
      entity: "vietqr_payment",
      fields: ["id", "reference", "payment_id"],
      filters: { order_id: input.order_id },
    })
    const claimInput = transform({ awaited, input }, (data) => ({
      reference: (data.awaited[0]?.reference as string | undefined) ?? null,
      confirmed_by: `user:${data.input.officer_id}`,
      required: true,
    }))
    const claimed = claimVietqrPaymentStep(claimInput)
    capturePaymentWorkflow.runAsStep({
      input: transform({ claimed, input }, (data) => ({
        payment_id: data.claimed!.payment_id,
        captured_by: data.input.officer_id,
      })),
    })
    return new WorkflowResponse(claimed)
  }
)
