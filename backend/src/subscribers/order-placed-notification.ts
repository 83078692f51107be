import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { loadOrderView } from "../workflows/messaging/gather/order"
import {
  orderPlacedMessage,
  paidOrderMessages,
} from "../workflows/messaging/gather/order-messages"
import { checkLowStockWorkflow } from "../workflows/messaging/check-low-stock"
import { sendMessagesWorkflow } from "../workflows/messaging/send-messages"
import type { OutgoingMessage } from "../workflows/messaging/types"

/**
 * Tells the shopper their order was placed (with the transfer details and QR for VietQR); an
 * order paid at once (card) is also announced as paid. The sold stock may cross a low-stock
 * threshold.
 */
export default async function orderPlacedNotification({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const order = await loadOrderView(container, event.data.id)
  if (!order) {
    return
  }
  const messages: OutgoingMessage[] = [orderPlacedMessage(order)]
  if (order.paymentStatus === "paid") {
    messages.push(...(await paidOrderMessages(container, order)))
  }
  await sendMessagesWorkflow(container).run({ input: messages })
  await checkLowStockWorkflow(container).run({
    input: {
      variant_ids: order.lines.flatMap((line) =>
        line.variantId ? [line.variantId] : []
      ),
    },
  })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "order-placed-notification" },
}
