import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { loadOrderView } from "../workflows/messaging/gather/order"
import { toShopper } from "../workflows/messaging/gather/order-messages"
import { loadPaymentFacts } from "../workflows/messaging/gather/payment"
import { sendMessagesWorkflow } from "../workflows/messaging/send-messages"

/** Money went back to the shopper: one message per refund, with its amount. */
export default async function paymentRefundedNotification({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const { orderId, latestRefund } = await loadPaymentFacts(
    container,
    event.data.id
  )
  const order = orderId ? await loadOrderView(container, orderId) : null
  if (!order || !latestRefund) {
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
          amount: latestRefund.amount,
        },
        latestRefund.id
      ),
    ],
  })
}

export const config: SubscriberConfig = {
  event: "payment.refunded",
  context: { subscriberId: "payment-refunded-notification" },
}
