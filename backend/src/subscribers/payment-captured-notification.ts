import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { loadOrderView } from "../workflows/messaging/gather/order"
import { paidOrderMessages } from "../workflows/messaging/gather/order-messages"
import { loadPaymentFacts } from "../workflows/messaging/gather/payment"
import { sendMessagesWorkflow } from "../workflows/messaging/send-messages"

/**
 * Money arrived (a matched bank transfer, VNPay, an officer's confirmation): once the whole
 * order is paid, its shopper and its producers' members are told.
 */
export default async function paymentCapturedNotification({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const { orderId } = await loadPaymentFacts(container, event.data.id)
  const order = orderId ? await loadOrderView(container, orderId) : null
  if (!order || order.paymentStatus !== "paid") {
    return
  }
  await sendMessagesWorkflow(container).run({
    input: await paidOrderMessages(container, order),
  })
}

export const config: SubscriberConfig = {
  event: "payment.captured",
  context: { subscriberId: "payment-captured-notification" },
}
