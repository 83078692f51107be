import {
  deleteReservationsByLineItemsStep,
  emitEventStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { expireVietqrPaymentStep } from "./steps/expire-vietqr-payment"

export const expireUnpaidOrderWorkflowId = "expire-unpaid-order"

/**
 * Ends the stock hold of a VietQR order unpaid past its lifetime: the reservations go back to
 * the shelf and the order shows its payment window expired. The order itself stays open for the
 * grace period, so a late transfer can still revive it. An order paid meanwhile is left alone.
 */
export const expireUnpaidOrderWorkflow = createWorkflow(
  expireUnpaidOrderWorkflowId,
  (input: { vietqr_payment_id: string }) => {
    const expired = expireVietqrPaymentStep({ id: input.vietqr_payment_id })
    const lapsed = transform({ expired }, ({ expired }) => expired ?? null)
    when("still-unpaid", { lapsed }, ({ lapsed }) => !!lapsed).then(() => {
      const { data: orders } = useQueryGraphStep({
        entity: "order",
        fields: ["items.id"],
        filters: transform({ lapsed }, ({ lapsed }) => ({
          id: lapsed!.order_id,
        })),
      })
      deleteReservationsByLineItemsStep(
        transform({ orders }, ({ orders }) =>
          (orders[0]?.items ?? []).flatMap((item) => (item ? [item.id] : []))
        )
      )
      emitEventStep({
        eventName: "order.payment-expired",
        data: transform({ lapsed }, ({ lapsed }) => ({
          order_id: lapsed!.order_id,
        })),
      })
    })
    return new WorkflowResponse(
      transform({ lapsed }, ({ lapsed }) => ({ expired: !!lapsed }))
    )
  }
)
