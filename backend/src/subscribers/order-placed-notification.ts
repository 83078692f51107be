import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

// The shopper's language comes from the storefront (cart metadata.locale, copied to the order).
const SUBJECTS = {
  vi: (n: number) => `Chợ OCOP Xuân Thọ: đã nhận đơn hàng #${n}`,
  en: (n: number) => `Xuân Thọ OCOP Market: we received order #${n}`,
}

/** Sends the order confirmation through the notification module (local provider in development). */
export default async function orderPlacedNotification({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "email", "total", "metadata"],
    filters: { id: event.data.id },
  })
  if (!order?.email) {
    return
  }
  const locale = order.metadata?.locale === "en" ? "en" : "vi"
  const storefront = process.env.STOREFRONT_URL ?? "http://localhost:8000"
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: order.email,
    channel: "email",
    template: "order-placed",
    trigger_type: "order.placed",
    resource_id: order.id,
    resource_type: "order",
    data: {
      locale,
      subject: SUBJECTS[locale](Number(order.display_id)),
      order_url: `${storefront}/${locale}/orders/${order.id}`,
      total: order.total,
    },
  })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "order-placed-notification" },
}
