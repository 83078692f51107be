import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  type ConfirmationPayment,
  renderOrderConfirmation,
} from "../notifications/order-confirmation"
import {
  STRIPE_PROVIDER_ID,
  VIETQR_PROVIDER_ID,
} from "../utils/payment-providers"
import { storefrontLink } from "../utils/public-links"

type PlacedOrder = {
  id: string
  display_id: number
  email: string | null
  total: number
  item_total: number
  shipping_total: number
  metadata: Record<string, unknown> | null
  items: {
    title: string
    product_title: string | null
    variant_title: string | null
    quantity: number
    total: number
  }[]
  payment_collections: {
    payment_sessions: {
      provider_id: string
      data: Record<string, unknown> | null
    }[]
  }[]
}

function paymentOf(order: PlacedOrder): ConfirmationPayment {
  const sessions = order.payment_collections.flatMap(
    (collection) => collection.payment_sessions ?? []
  )
  const vietqr = sessions.find((s) => s.provider_id === VIETQR_PROVIDER_ID)
  if (vietqr?.data?.reference) {
    const data = vietqr.data
    return {
      kind: "vietqr",
      reference: String(data.reference),
      amount: Number(data.amount),
      bankName: String(data.bank_name ?? ""),
      accountNumber: String(data.account_number ?? ""),
      accountName: String(data.account_name ?? ""),
    }
  }
  return sessions.some((s) => s.provider_id === STRIPE_PROVIDER_ID)
    ? { kind: "card" }
    : { kind: "other" }
}

/**
 * Emails the order confirmation through the notification module: SendGrid when configured,
 * Medusa's local provider (logged, development only) otherwise. The words are in
 * src/notifications/order-confirmation.ts; the shopper's language is cart metadata.locale.
 */
export default async function orderPlacedNotification({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [found],
  } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "email",
      "total",
      "item_total",
      "shipping_total",
      "metadata",
      "items.title",
      "items.product_title",
      "items.variant_title",
      "items.quantity",
      "items.total",
      "payment_collections.payment_sessions.provider_id",
      "payment_collections.payment_sessions.data",
    ],
    filters: { id: event.data.id },
  })
  const order = found as unknown as PlacedOrder | undefined
  if (!order?.email) {
    return
  }
  const locale = order.metadata?.locale === "en" ? "en" : "vi"
  const orderUrl = storefrontLink(`/${locale}/orders/${order.id}`)
  const content = renderOrderConfirmation({
    locale,
    displayId: Number(order.display_id),
    orderUrl,
    lines: order.items.map((item) => ({
      title: [item.product_title ?? item.title, item.variant_title]
        .filter(Boolean)
        .join(" · "),
      quantity: Number(item.quantity),
      total: Number(item.total),
    })),
    itemTotal: Number(order.item_total),
    shippingTotal: Number(order.shipping_total),
    total: Number(order.total),
    payment: paymentOf(order),
  })
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: order.email,
    channel: "email",
    template: "order-placed",
    trigger_type: "order.placed",
    resource_id: order.id,
    resource_type: "order",
    // Medusa's idempotency: a redelivered order.placed sends no second email.
    idempotency_key: `order-placed-${order.id}`,
    content,
    data: { locale, order_url: orderUrl, total: order.total },
  })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "order-placed-notification" },
}
