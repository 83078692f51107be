import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getOrderDetailWorkflow } from "@medusajs/medusa/core-flows"
import { BANK_TRANSFER_MODULE } from "../../../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../../../modules/bank-transfer/service"
import {
  carrierTrackingUrl,
  readStoredCarrier,
} from "../../../../../utils/carriers"
import { VIETQR_PROVIDER_ID } from "../../../../../utils/payment-providers"

// What a shopper needs to pay and follow an order; never the street address or the phone.
const SUMMARY_FIELDS = [
  "id",
  "display_id",
  "status",
  "created_at",
  "currency_code",
  "total",
  "subtotal",
  "item_total",
  "item_subtotal",
  "discount_total",
  "shipping_total",
  "payment_status",
  "fulfillment_status",
  "items.id",
  "items.product_title",
  "items.variant_title",
  "items.thumbnail",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "items.discount_total",
  "shipping_methods.name",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.provider_id",
  "fulfillments.labels.tracking_number",
  // The carrier a producer chose when it shipped; only its code and name reach the shopper.
  "fulfillments.metadata",
  "payment_collections.payment_sessions.provider_id",
  "payment_collections.payment_sessions.data",
]

/**
 * GET /store/orders/:id/summary — the order page's data. The id alone opens it: order
 * ids are unguessable, so it shows only what helps pay and follow, not personal details.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { result: order } = await getOrderDetailWorkflow(req.scope).run({
    input: { order_id: req.params.id, fields: SUMMARY_FIELDS },
  })
  const bankTransfer =
    req.scope.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
  const [transfer] = await bankTransfer.listVietqrPayments({
    order_id: order.id,
  })

  const sessions = (order.payment_collections ?? []).flatMap(
    (collection) => collection.payment_sessions ?? []
  )
  const vietqrSession = sessions.find(
    (session) => session.provider_id === VIETQR_PROVIDER_ID
  )
  const data = (vietqrSession?.data ?? {}) as Record<string, unknown>

  res.json({
    order: {
      id: order.id,
      display_id: order.display_id,
      status: order.status,
      created_at: order.created_at,
      currency_code: order.currency_code,
      total: order.total,
      subtotal: order.subtotal,
      item_total: order.item_total,
      item_subtotal: order.item_subtotal,
      discount_total: order.discount_total,
      shipping_total: order.shipping_total,
      payment_status: order.payment_status,
      fulfillment_status: order.fulfillment_status,
      items: order.items,
      shipping_methods: (order.shipping_methods ?? []).map((method) => ({
        name: method?.name,
      })),
      fulfillments: (order.fulfillments ?? []).map(
        ({ metadata, labels, ...fulfillment }) => {
          const { carrier_code, carrier } = readStoredCarrier(metadata)
          // A stored link is never passed on: it may predate carrier codes and lead anywhere.
          return {
            ...fulfillment,
            carrier,
            carrier_code,
            labels: (labels ?? []).map((label) => ({
              tracking_number: label?.tracking_number ?? null,
              tracking_url: carrierTrackingUrl(
                carrier_code,
                label?.tracking_number
              ),
            })),
          }
        }
      ),
      vietqr: vietqrSession
        ? {
            reference: data.reference,
            payload: data.payload,
            amount: data.amount,
            bank_name: data.bank_name,
            bank_bin: data.bank_bin,
            account_number: data.account_number,
            account_name: data.account_name,
            status: transfer?.status ?? "awaiting",
            expires_at: transfer?.expires_at ?? null,
            lifetime_minutes: data.unpaid_lifetime_minutes ?? null,
          }
        : null,
    },
  })
}
