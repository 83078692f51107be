import type { MedusaContainer } from "@medusajs/framework/types"
import type { MessageKind, MessageFacts } from "../../../notifications/kinds"
import { storefrontLink } from "../../../utils/public-links"
import type { OutgoingMessage } from "../types"
import type { OrderView } from "./order"
import { producerIdsByProduct, producersWithMembers } from "./people"

/** A message to the order's shopper; `occasion` tells apart two messages of one kind. */
export function toShopper<K extends MessageKind>(
  order: OrderView,
  kind: K,
  facts: MessageFacts[K],
  occasion = ""
): OutgoingMessage<K> {
  return {
    kind,
    locale: order.locale,
    facts,
    recipient: order.shopper,
    resource: { type: "order", id: order.id },
    links: { order_url: order.orderUrl },
    key: [kind, order.id, occasion].filter(Boolean).join(":"),
  }
}

export function orderPlacedMessage(order: OrderView) {
  return toShopper(order, "order-placed", {
    displayId: order.displayId,
    orderUrl: order.orderUrl,
    lines: order.lines.map(({ title, quantity, total }) => ({
      title,
      quantity,
      total,
    })),
    itemTotal: order.itemTotal,
    shippingTotal: order.shippingTotal,
    total: order.total,
    payment: order.payment,
    ...(order.holdMinutes && { holdMinutes: order.holdMinutes }),
  })
}

/**
 * Once an order is paid: the shopper hears the money arrived, and every member of each producer
 * with lines in it hears of a new order with only their own lines and where to send them.
 */
export async function paidOrderMessages(
  container: MedusaContainer,
  order: OrderView
): Promise<OutgoingMessage[]> {
  const messages: OutgoingMessage[] = [
    toShopper(order, "payment-received", {
      displayId: order.displayId,
      orderUrl: order.orderUrl,
      total: order.total,
    }),
  ]
  const producerOf = await producerIdsByProduct(
    container,
    order.lines.flatMap((line) => (line.productId ? [line.productId] : []))
  )
  const producers = await producersWithMembers(container, [
    ...new Set(producerOf.values()),
  ])
  for (const producer of producers.values()) {
    const lines = order.lines
      .filter(
        (line) =>
          line.productId && producerOf.get(line.productId) === producer.id
      )
      .map(({ title, quantity, total }) => ({ title, quantity, total }))
    const portalUrl = storefrontLink(
      `/vi/portal/orders#order-${order.displayId}`
    )
    for (const member of producer.members) {
      messages.push({
        kind: "producer-new-order",
        locale: "vi",
        facts: {
          producerName: producer.name,
          displayId: order.displayId,
          portalUrl,
          lines,
          shipTo: order.shipTo,
        },
        recipient: member,
        resource: { type: "order", id: order.id },
        links: { portal_url: portalUrl },
        key: `producer-new-order:${order.id}:${member.id}`,
      })
    }
  }
  return messages
}
