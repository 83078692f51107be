import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MathBN,
  Modules,
} from "@medusajs/framework/utils"
import type {
  PortalOrder,
  PortalOrderLine,
} from "../../../types/producer-portal/http"
import {
  marketPaymentStatus,
  PAYMENT_STATE_FIELDS,
  type PaymentCollectionFacts,
} from "../../../domain/payment-state"
import { listProducerProductIds } from "../../utils/producer-products"
import { present } from "../../../utils/present"
import {
  carrierTrackingUrl,
  readStoredCarrier,
  type StoredCarrier,
} from "../../../utils/carriers"

const ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "status",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.phone",
  "shipping_address.address_1",
  "shipping_address.address_2",
  "shipping_address.city",
  "shipping_address.province",
  "items.id",
  "items.product_id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.detail.quantity",
  "items.unit_price",
  "items.detail.shipped_quantity",
  "preorder_lines.line_item_id",
  "preorder_lines.ships_on",
  "fulfillments.id",
  "fulfillments.shipped_at",
  "fulfillments.metadata",
  "fulfillments.items.line_item_id",
  "fulfillments.labels.tracking_number",
  ...PAYMENT_STATE_FIELDS,
]

/** Quantities and amounts arrive as numbers or BigNumber values. */
type Amount = Parameters<typeof MathBN.convert>[0] | null | undefined

type OrderLineRow = {
  id: string
  product_id: string | null
  title: string
  product_title: string | null
  variant_title: string | null
  unit_price: Amount
  detail?: { quantity: Amount; shipped_quantity: Amount } | null
}

type FulfillmentRow = {
  id: string
  shipped_at: Date | string | null
  metadata: StoredCarrier | null
  items?: ({ line_item_id: string } | null)[] | null
  labels?: ({ tracking_number: string | null } | null)[] | null
}

/** An order as `ORDER_FIELDS` reads it. */
type OrderRow = {
  id: string
  display_id: number
  created_at: Date | string
  status: string
  shipping_address: {
    first_name: string | null
    last_name: string | null
    phone: string | null
    address_1: string | null
    address_2: string | null
    city: string | null
    province: string | null
  } | null
  items?: (OrderLineRow | null)[] | null
  fulfillments?: (FulfillmentRow | null)[] | null
  payment_collections?: (PaymentCollectionFacts | null)[] | null
  preorder_lines?: ({ line_item_id: string; ships_on: string } | null)[] | null
}

const toNumber = (value: Amount) => MathBN.convert(value ?? 0).toNumber()

/** The order as one producer sees it: only its own lines and shipments, and where to ship. */
function toPortalOrder(order: OrderRow, own: Set<string>): PortalOrder {
  const shipsOn = new Map(
    present(order.preorder_lines).map((line) => [
      line.line_item_id,
      line.ships_on,
    ])
  )
  const items: PortalOrderLine[] = present(order.items)
    .filter(
      (item): item is OrderLineRow & { product_id: string } =>
        !!item.product_id && own.has(item.product_id)
    )
    .map((item) => ({
      id: item.id,
      product_id: item.product_id,
      title: item.product_title ?? item.title,
      variant_title: item.variant_title ?? null,
      quantity: toNumber(item.detail?.quantity),
      unit_price: toNumber(item.unit_price),
      shipped_quantity: toNumber(item.detail?.shipped_quantity),
      ships_on: shipsOn.get(item.id) ?? null,
    }))
  const lineIds = new Set(items.map((item) => item.id))
  const shipments = present(order.fulfillments)
    .filter((fulfillment) =>
      present(fulfillment.items).some((item) => lineIds.has(item.line_item_id))
    )
    .map((fulfillment) => {
      const { carrier, carrier_code } = readStoredCarrier(fulfillment.metadata)
      const numbers = present(fulfillment.labels).flatMap((label) =>
        label.tracking_number ? [label.tracking_number] : []
      )
      return {
        carrier,
        carrier_code,
        tracking_numbers: numbers,
        tracking: numbers.map((number) => ({
          number,
          url: carrierTrackingUrl(carrier_code, number),
        })),
        shipped_at: fulfillment.shipped_at
          ? new Date(fulfillment.shipped_at).toISOString()
          : null,
      }
    })
  const address = order.shipping_address
  return {
    id: order.id,
    display_id: order.display_id,
    created_at: new Date(order.created_at).toISOString(),
    status: order.status,
    payment_status: marketPaymentStatus(
      order.status,
      present(order.payment_collections)
    ),
    shipping_address: address
      ? {
          name: [address.last_name, address.first_name]
            .filter(Boolean)
            .join(" "),
          phone: address.phone ?? null,
          address: [address.address_1, address.address_2, address.city]
            .filter(Boolean)
            .join(", "),
          province: address.province ?? null,
        }
      : null,
    items,
    total: items.reduce(
      (sum, item) => sum + item.unit_price * item.quantity,
      0
    ),
    shipments,
    shipped: items.every((item) => item.shipped_quantity >= item.quantity),
  }
}

/** Orders holding at least one line of the producer's products, newest first. */
export async function listProducerOrders(
  container: MedusaContainer,
  producerId: string,
  orderIds?: string[]
): Promise<PortalOrder[]> {
  const productIds = await listProducerProductIds(container, producerId)
  if (!productIds.length) {
    return []
  }
  const orderModule = container.resolve(Modules.ORDER)
  const lines = await orderModule.listOrderLineItems(
    { product_id: productIds },
    { select: ["id"] }
  )
  if (!lines.length) {
    return []
  }
  // OrderItem (which order holds a line) is generated on the service but not in its interface.
  const orderItemService = orderModule as unknown as {
    listOrderItems(
      filters: { item_id: string[] },
      config: { select: string[] }
    ): Promise<{ order_id: string }[]>
  }
  const orderItems = await orderItemService.listOrderItems(
    { item_id: lines.map((line) => line.id) },
    { select: ["order_id"] }
  )
  let ids = [...new Set(orderItems.map((item) => item.order_id))]
  if (orderIds) {
    ids = ids.filter((id) => orderIds.includes(id))
  }
  if (!ids.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ORDER_FIELDS,
    filters: { id: ids },
    pagination: { order: { created_at: "DESC" } },
  })
  const own = new Set(productIds)
  // Query's generated types make every field optional; these rows hold the fields asked for.
  return (orders as unknown as OrderRow[]).map((order) =>
    toPortalOrder(order, own)
  )
}
