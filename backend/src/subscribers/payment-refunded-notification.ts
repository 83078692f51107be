import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadOrderView } from "../workflows/messaging/gather/order"
import { toShopper } from "../workflows/messaging/gather/order-messages"
import { sendMessagesWorkflow } from "../workflows/messaging/send-messages"

/** Money went back to the shopper: one message per refund, with its amount. */
export default async function paymentRefundedNotification({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [payment],
  } = await query.graph({
    entity: "payment",
    fields: [
      "refunds.id",
      "refunds.amount",
      "refunds.created_at",
      "payment_collection.order.id",
    ],
    filters: { id: event.data.id },
  })
  const orderId = payment?.payment_collection?.order?.id
  const order = orderId ? await loadOrderView(container, orderId) : null
  const latest = [...(payment?.refunds ?? [])].sort(
    (a, b) =>
      new Date(String(b?.created_at)).getTime() -
      new Date(String(a?.created_at)).getTime()
  )[0]
  if (!order || !latest) {
    return
  }
  await sendMessagesWorkflow(container).run({
    input: [
      toShopper(
        order,
        "payment-refunded",
        {
          displayId: order.displayId,
          orderUrl: order.orderUrl,
          amount: Number(latest.amount),
        },
        latest.id
      ),
    ],
  })
}

export const config: SubscriberConfig = {
  event: "payment.refunded",
  context: { subscriberId: "payment-refunded-notification" },
}
