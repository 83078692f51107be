import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { carrierTrackingUrl, readStoredCarrier } from "../utils/carriers"
import { loadOrderView } from "../workflows/messaging/gather/order"
import { toShopper } from "../workflows/messaging/gather/order-messages"
import { sendMessagesWorkflow } from "../workflows/messaging/send-messages"

/** A producer sent its lines: the shopper hears who carries them and how to follow them. */
export default async function orderShippedNotification({
  event,
  container,
}: SubscriberArgs<{ id: string; no_notification?: boolean }>) {
  if (event.data.no_notification) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [fulfillment],
  } = await query.graph({
    entity: "fulfillment",
    fields: [
      "id",
      "metadata",
      "labels.tracking_number",
      "items.line_item_id",
      "order.id",
    ],
    filters: { id: event.data.id },
  })
  const orderId = fulfillment?.order?.id
  const order = orderId ? await loadOrderView(container, orderId) : null
  if (!fulfillment || !order) {
    return
  }
  const shippedLineIds = new Set(
    (fulfillment.items ?? []).map((item) => item?.line_item_id)
  )
  const metadata = (fulfillment.metadata ?? {}) as Record<string, unknown>
  const { carrier, carrier_code } = readStoredCarrier(metadata)
  const trackingNumber = String(fulfillment.labels?.[0]?.tracking_number ?? "")
  const { data: producers } = metadata.producer_id
    ? await query.graph({
        entity: "producer",
        fields: ["name"],
        filters: { id: String(metadata.producer_id) },
      })
    : { data: [] }
  await sendMessagesWorkflow(container).run({
    input: [
      toShopper(
        order,
        "order-shipped",
        {
          displayId: order.displayId,
          orderUrl: order.orderUrl,
          producerName: String(producers[0]?.name ?? ""),
          carrier: carrier ?? "",
          trackingNumber,
          trackingUrl: carrierTrackingUrl(carrier_code, trackingNumber),
          lines: order.lines
            .filter((line) => shippedLineIds.has(line.id))
            .map(({ title, quantity, total }) => ({ title, quantity, total })),
        },
        fulfillment.id
      ),
    ],
  })
}

export const config: SubscriberConfig = {
  event: "shipment.created",
  context: { subscriberId: "order-shipped-notification" },
}
