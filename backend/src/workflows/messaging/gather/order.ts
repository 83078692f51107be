import type {
  MedusaContainer,
  RemoteQueryFunction,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  marketPaymentStatus,
  type MarketPaymentStatus,
  PAYMENT_STATE_FIELDS,
} from "../../../domain/payment-state"
import type {
  MessageLine,
  MessageLocale,
  OrderPayment,
  ShipTo,
} from "../../../notifications/kinds"
import {
  STRIPE_PROVIDER_ID,
  VIETQR_PROVIDER_ID,
  VNPAY_PROVIDER_ID,
} from "../../../utils/payment-providers"
import { storefrontLink } from "../../../utils/public-links"
import { qrImageUrl } from "../../../utils/qr-image"
import type { MessageRecipient } from "../types"

type Row = Record<string, unknown>

export type OrderLineView = MessageLine & {
  id: string
  productId: string | null
  variantId: string | null
}

/** What every message about an order needs to know about it. */
export type OrderView = {
  id: string
  displayId: number
  locale: MessageLocale
  orderUrl: string
  shopper: MessageRecipient
  lines: OrderLineView[]
  itemTotal: number
  shippingTotal: number
  total: number
  paymentStatus: MarketPaymentStatus
  payment: OrderPayment
  holdMinutes?: number
  shipTo: ShipTo
}

const ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "metadata",
  "total",
  "item_total",
  "shipping_total",
  "items.id",
  "items.title",
  "items.product_id",
  "items.variant_id",
  "items.product_title",
  "items.variant_title",
  "items.quantity",
  "items.total",
  "preorder_lines.line_item_id",
  "preorder_lines.ships_on",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.phone",
  "shipping_address.address_1",
  "shipping_address.address_2",
  "shipping_address.city",
  "shipping_address.province",
  "payment_collections.payment_sessions.provider_id",
  "payment_collections.payment_sessions.data",
  ...PAYMENT_STATE_FIELDS,
]

const text = (value: unknown) => (typeof value === "string" ? value : "")

function paymentOf(sessions: Row[]): {
  payment: OrderPayment
  holdMinutes?: number
} {
  const vietqr = sessions.find((s) => s.provider_id === VIETQR_PROVIDER_ID)
  const data = (vietqr?.data ?? null) as Row | null
  if (data?.reference && data.payload) {
    return {
      payment: {
        kind: "vietqr",
        reference: String(data.reference),
        amount: Number(data.amount),
        bankName: text(data.bank_name),
        accountNumber: text(data.account_number),
        accountName: text(data.account_name),
        qrImageUrl: qrImageUrl(String(data.payload)),
      },
      holdMinutes: Number(data.unpaid_lifetime_minutes) || undefined,
    }
  }
  const providers = sessions.map((s) => s.provider_id)
  if (providers.includes(VNPAY_PROVIDER_ID)) {
    return { payment: { kind: "vnpay" } }
  }
  return {
    payment: providers.includes(STRIPE_PROVIDER_ID)
      ? { kind: "card" }
      : { kind: "other" },
  }
}

/** The order as messages tell it, or null when it does not exist (any more). */
export async function loadOrderView(
  container: MedusaContainer,
  orderId: string
): Promise<OrderView | null> {
  const query = container.resolve<RemoteQueryFunction>(
    ContainerRegistrationKeys.QUERY
  )
  const {
    data: [found],
  } = await query.graph({
    entity: "order",
    fields: ORDER_FIELDS,
    filters: { id: orderId },
  })
  if (!found) {
    return null
  }
  const order = found as unknown as Row & {
    items: Row[]
    preorder_lines?: Row[]
    payment_collections: (Row & { payment_sessions?: Row[] })[]
    shipping_address: Row | null
    metadata: Row | null
  }
  const locale: MessageLocale = order.metadata?.locale === "en" ? "en" : "vi"
  const address = order.shipping_address ?? {}
  const sessions = order.payment_collections.flatMap(
    (collection) => collection.payment_sessions ?? []
  )
  const collections = order.payment_collections.map((collection) => ({
    status: collection.status as string | null,
    amount: collection.amount as number,
    captured_amount: collection.captured_amount as number,
    refunded_amount: collection.refunded_amount as number,
  }))
  return {
    id: String(order.id),
    displayId: Number(order.display_id),
    locale,
    orderUrl: storefrontLink(`/${locale}/orders/${order.id}`),
    shopper: {
      audience: "shopper",
      id: null,
      email: text(order.email) || null,
      phone: text(address.phone) || null,
      zalo: order.metadata?.zalo_consent === true,
    },
    lines: order.items.map((item) => ({
      id: String(item.id),
      productId: (item.product_id as string | null) ?? null,
      variantId: (item.variant_id as string | null) ?? null,
      title: [
        text(item.product_title) || text(item.title),
        text(item.variant_title),
      ]
        .filter(Boolean)
        .join(" · "),
      quantity: Number(item.quantity),
      total: Number(item.total),
      shipsOn:
        text(
          (order.preorder_lines ?? []).find(
            (line) => line.line_item_id === item.id
          )?.ships_on
        ) || null,
    })),
    itemTotal: Number(order.item_total),
    shippingTotal: Number(order.shipping_total),
    total: Number(order.total),
    paymentStatus: marketPaymentStatus(String(order.status), collections),
    ...paymentOf(sessions),
    shipTo: {
      name: [text(address.first_name), text(address.last_name)]
        .filter(Boolean)
        .join(" "),
      phone: text(address.phone),
      lines: [
        text(address.address_1),
        text(address.address_2),
        text(address.city),
        text(address.province),
      ].filter(Boolean),
    },
  }
}
