import type {
  MedusaContainer,
  RemoteQueryFunction,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type PaymentFacts = {
  orderId: string | null
  /** The newest refund of the payment, if any. */
  latestRefund: { id: string; amount: number } | null
}

/** The order a payment belongs to, and its newest refund. */
export async function loadPaymentFacts(
  container: MedusaContainer,
  paymentId: string
): Promise<PaymentFacts> {
  const {
    data: [payment],
  } = await container
    .resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
    .graph({
      entity: "payment",
      fields: [
        "refunds.id",
        "refunds.amount",
        "refunds.created_at",
        "payment_collection.order.id",
      ],
      filters: { id: paymentId },
    })
  const [latest] = [...(payment?.refunds ?? [])].sort(
    (a, b) =>
      new Date(String(b?.created_at)).getTime() -
      new Date(String(a?.created_at)).getTime()
  )
  return {
    orderId: payment?.payment_collection?.order?.id ?? null,
    latestRefund: latest
      ? { id: latest.id, amount: Number(latest.amount) }
      : null,
  }
}
