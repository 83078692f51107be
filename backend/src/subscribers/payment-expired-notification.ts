import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { readMarketEnv } from "../config/env"
import { loadOrderView } from "../workflows/messaging/gather/order"
import { toShopper } from "../workflows/messaging/gather/order-messages"
import { sendMessagesWorkflow } from "../workflows/messaging/send-messages"

/**
 * An unpaid transfer order's hold lapsed: its stock went back on sale, and a transfer made within
 * the grace period still revives it.
 */
export default async function paymentExpiredNotification({
  event,
  container,
}: SubscriberArgs<{ order_id: string }>) {
  const order = await loadOrderView(container, event.data.order_id)
  if (!order) {
    return
  }
  await sendMessagesWorkflow(container).run({
    input: [
      toShopper(order, "payment-expired", {
        displayId: order.displayId,
        orderUrl: order.orderUrl,
        graceHours: readMarketEnv().VIETQR_EXPIRED_GRACE_HOURS,
      }),
    ],
  })
}

export const config: SubscriberConfig = {
  event: "order.payment-expired",
  context: { subscriberId: "payment-expired-notification" },
}
