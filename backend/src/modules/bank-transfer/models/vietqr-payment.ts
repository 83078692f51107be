import { model } from "@medusajs/framework/utils"
import { VIETQR_PAYMENT_STATUSES } from "../../../types/bank-transfer/module"

/**
 * The transfer an order waits for: the reference the shopper puts in the transfer content and
 * the amount that settles it. `order_id` / `payment_id` are ids in Medusa's order and payment
 * modules (read only, never joined).
 */
const VietqrPayment = model
  .define("vietqr_payment", {
    id: model.id({ prefix: "vqrpay" }).primaryKey(),
    reference: model.text().unique(),
    order_id: model.text().unique(),
    payment_id: model.text(),
    amount: model.bigNumber(),
    status: model.enum([...VIETQR_PAYMENT_STATUSES]).default("awaiting"),
    paid_at: model.dateTime().nullable(),
    confirmed_by: model.text().nullable(),
    expires_at: model.dateTime(),
    /** The shopper's address when the order was placed: unpaid orders are limited per address. */
    client_ip: model.text().nullable(),
  })
  .indexes([{ on: ["status", "expires_at"] }, { on: ["client_ip", "status"] }])

export default VietqrPayment
