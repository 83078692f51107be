import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadOrderView } from "../workflows/messaging/gather/order"
import { paidOrderMessages } from "../workflows/messaging/gather/order-messages"
import { sendMessagesWorkflow } from "../workflows/messaging/send-messages"

/**
 * Money arrived (a matched bank transfer, VNPay, an officer's confirmation): once the whole
 * order is paid, its shopper and its producers' members are told.
 */
export default async function paymentCapturedNotification({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [payment],
  } = await query.graph({
    entity: "payment",
    fields: ["payment_collection.order.id"],
    filters: { id: event.data.id },
  })
  const orderId = payment?.payment_collection?.order?.id
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
