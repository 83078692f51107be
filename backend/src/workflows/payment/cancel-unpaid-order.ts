import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { cancelVietqrPaymentStep } from "./steps/cancel-vietqr-payment"

export const cancelUnpaidOrderWorkflowId = "cancel-unpaid-order"

/**
 * Cancels an expired VietQR order once its grace period has passed without a transfer:
 * Medusa's cancel flow voids the payment. An order a late transfer revived is left alone.
 */
export const cancelUnpaidOrderWorkflow = createWorkflow(
  cancelUnpaidOrderWorkflowId,
  (input: { vietqr_payment_id: string }) => {
    const cancelled = cancelVietqrPaymentStep({ id: input.vietqr_payment_id })
    const lapsed = transform({ cancelled }, (data) => data.cancelled ?? null)
    when("still-unpaid", lapsed, (lapsed) => !!lapsed).then(() => {
      cancelOrderWorkflow.runAsStep({
        input: transform({ lapsed }, (data) => ({
          order_id: data.lapsed!.order_id,
        })),
      })
    })
    return new WorkflowResponse(
      transform({ lapsed }, (data) => ({ cancelled: !!data.lapsed }))
    )
  }
)
