import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { shopperMessagesAhead } from "../../../../../domain/message-audience"
import { zaloCarriesOrders } from "../../../../../domain/shopper-contact"
import type { MessageKind } from "../../../../../notifications/kinds"
import { toZaloPhone } from "../../../../../utils/zalo-phone"
import { loadOrderView } from "../../../../../workflows/messaging/gather/order"

export type StoreOrderMessagesResponse = {
  /** Where the next messages go; null when the shopper left no way to reach them. */
  channel: "zalo" | "email" | null
  to: string | null
  ahead: MessageKind[]
  sent: { kind: string; channel: string; sent_at: string }[]
}

type NotificationRow = {
  template: string | null
  channel: string
  status: string
  created_at: string | Date
  data: Record<string, unknown> | null
}

/**
 * GET /store/orders/:id/messages — which messages the order's shopper has received and will
 * receive, and where (their email or Zalo number): only for the order's customer or a proof
 * holder, like the order's other personal details.
 */
export async function GET(
  req: MedusaRequest,
  res: MedusaResponse<StoreOrderMessagesResponse>
) {
  const order = await loadOrderView(req.scope, req.params.id)
  if (!order) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order with id: ${req.params.id} was not found`
    )
  }
  const notifications = (await req.scope
    .resolve(Modules.NOTIFICATION)
    .listNotifications(
      { resource_id: order.id, resource_type: "order" },
      { order: { created_at: "ASC" } }
    )) as unknown as NotificationRow[]
  const own = notifications.filter(
    (n) =>
      n.template?.startsWith("order-") || n.template?.startsWith("payment-")
  )
  const zaloRefused = own.some(
    (n) => n.channel === "zalo" && n.status === "failure"
  )
  const phone = order.shopper.phone ? toZaloPhone(order.shopper.phone) : null
  const onZalo =
    !zaloRefused && !!order.shopper.zalo && !!phone && zaloCarriesOrders()
  const channel = onZalo ? "zalo" : order.shopper.email ? "email" : null
  res.json({
    channel,
    to: onZalo ? (order.shopper.phone ?? null) : order.shopper.email,
    ahead: shopperMessagesAhead(order.paymentStatus),
    sent: own
      .filter((n) => n.status === "success")
      .map((n) => ({
        kind: String(n.template),
        channel: n.channel,
        sent_at: new Date(n.created_at).toISOString(),
      })),
  })
}
