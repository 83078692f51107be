import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { startVietqrPaymentWorkflow } from "../workflows/checkout/start-vietqr-payment"

/** An order paid by VietQR starts waiting for its bank transfer as soon as it is placed. */
export default async function orderPlacedVietqr({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await startVietqrPaymentWorkflow(container).run({
    input: { order_id: event.data.id },
  })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "order-placed-vietqr" },
}
