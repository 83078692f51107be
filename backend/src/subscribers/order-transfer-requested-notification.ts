import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  ContainerRegistrationKeys,
  OrderWorkflowEvents,
} from "@medusajs/framework/utils"
import { storefrontLink } from "../utils/public-links"
import { loadOrderView } from "../workflows/messaging/gather/order"
import { toShopper } from "../workflows/messaging/gather/order-messages"
import { sendMessagesWorkflow } from "../workflows/messaging/send-messages"

type TransferRequested = { id: string; order_change_id: string }

/**
 * A signed-in shopper asked to hold a guest order: the order's own email (and Zalo, where the
 * shopper agreed to it) gets the link whose token confirms it. Nobody else ever sees the token.
 */
export default async function orderTransferRequestedNotification({
  event: { data },
  container,
}: SubscriberArgs<TransferRequested>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [change],
  } = await query.graph({
    entity: "order_change",
    fields: ["id", "actions.reference_id", "actions.details"],
    filters: { id: data.order_change_id },
  })
  const action = change?.actions?.find(
    (candidate) =>
      typeof (candidate?.details as { token?: unknown } | null)?.token ===
      "string"
  )
  const order = await loadOrderView(container, data.id)
  if (!action || !order) {
    return
  }
  const {
    data: [customer],
  } = await query.graph({
    entity: "customer",
    fields: ["email"],
    filters: { id: action.reference_id as string },
  })
  const url = new URL(
    storefrontLink(`/${order.locale}/account/orders/transfer`)
  )
  url.searchParams.set("order", order.id)
  url.searchParams.set("token", (action.details as { token: string }).token)
  const acceptUrl = url.toString()
  const message = toShopper(
    order,
    "order-transfer-requested",
    {
      displayId: order.displayId,
      accountEmail: customer?.email ?? "",
      acceptUrl,
    },
    change.id
  )
  await sendMessagesWorkflow(container).run({
    input: [{ ...message, links: { accept_url: acceptUrl } }],
  })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.TRANSFER_REQUESTED,
  context: { subscriberId: "order-transfer-requested-notification" },
}
