import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { STOCK_CHANGED_EVENT } from "../types/events"
import { checkLowStockWorkflow } from "../workflows/messaging/check-low-stock"

/** A member counted stock or moved a threshold: tell them if the variant is now low. */
export default async function stockChangedLowStock({
  event,
  container,
}: SubscriberArgs<{ variant_ids: string[] }>) {
  await checkLowStockWorkflow(container).run({
    input: { variant_ids: event.data.variant_ids },
  })
}

export const config: SubscriberConfig = {
  event: STOCK_CHANGED_EVENT,
  context: { subscriberId: "stock-changed-low-stock" },
}
