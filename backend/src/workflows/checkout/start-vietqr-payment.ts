import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createVietqrPaymentStep } from "./steps/create-vietqr-payment"
import { VIETQR_PROVIDER_ID } from "../../utils/payment-providers"

export const startVietqrPaymentWorkflowId = "start-vietqr-payment"

/** A session made before the lifetime was counted in minutes carries hours. */
function lifetimeMinutesOf(data: Record<string, unknown>): number {
  if (data.unpaid_lifetime_minutes !== undefined) {
    return Number(data.unpaid_lifetime_minutes)
  }
  return data.unpaid_lifetime_hours !== undefined
    ? Number(data.unpaid_lifetime_hours) * 60
    : 30
}

type PaymentRow = {
  id: string
  provider_id: string
  amount: number
  data: Record<string, unknown> | null
}

/**
 * After an order is placed with VietQR, records the reference it waits for and when it lapses
 *, so the bank webhook can find the order from the transfer content.
 */
export const startVietqrPaymentWorkflow = createWorkflow(
  startVietqrPaymentWorkflowId,
  (input: { order_id: string }) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: [
        "id",
        "created_at",
        "payment_collections.payments.id",
        "payment_collections.payments.provider_id",
        "payment_collections.payments.amount",
        "payment_collections.payments.data",
      ],
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    })

    const awaited = transform({ orders }, ({ orders }) => {
      const order = orders[0]
      const payments = (order.payment_collections ?? []).flatMap(
        (collection) => (collection?.payments ?? []) as PaymentRow[]
      )
      const vietqr = payments.find(
        (payment) => payment?.provider_id === VIETQR_PROVIDER_ID
      )
      if (!vietqr?.data?.reference) {
        return null
      }
      const lifetimeMinutes = lifetimeMinutesOf(vietqr.data)
      return {
        reference: String(vietqr.data.reference),
        order_id: order.id,
        payment_id: vietqr.id,
        amount: Number(vietqr.amount),
        expires_at: new Date(
          new Date(order.created_at as string | Date).getTime() +
            lifetimeMinutes * 60_000
        ),
      }
    })

    const created = when(
      "paid-by-vietqr",
      awaited,
      (awaited) => !!awaited
    ).then(() =>
      createVietqrPaymentStep(transform({ awaited }, (data) => data.awaited!))
    )
    return new WorkflowResponse(
      transform({ created }, (data) => data.created ?? null)
    )
  }
)
