import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { loadOrderView } from "../workflows/messaging/gather/order"
import { toShopper } from "../workflows/messaging/gather/order-messages"
import { sendMessagesWorkflow } from "../workflows/messaging/send-messages"

/** The order was cancelled (by an officer, or an unpaid transfer order after its grace period). */
export default async function orderCanceledNotification({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const order = await loadOrderView(container, event.data.id)
  if (!order) {
    return
  }
  await sendMessagesWorkflow(container).run({
    input: [
      toShopper(order, "order-cancelled", {
        displayId: order.displayId,
        orderUrl: order.orderUrl,
      }),
    ],
  })
}

export const config: SubscriberConfig = {
  event: "order.canceled",
  context: { subscriberId: "order-canceled-notification" },
}
