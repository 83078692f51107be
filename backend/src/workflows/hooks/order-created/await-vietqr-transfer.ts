import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readMarketEnv } from "../../../config/env"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"
import { VIETQR_PROVIDER_ID } from "../../../utils/payment-providers"
import type { OrderCreatedAction } from "./action"

type PaymentRow = {
  id: string
  provider_id: string
  amount: unknown
  data: Record<string, unknown> | null
}

/**
 * The transfer a VietQR order waits for, read from its authorized payment: the reference the
 * bank webhook matches, the amount that settles it, when its stock hold lapses and the address
 * it was placed from. Null for an order paid another way.
 */
async function awaitedTransferOf(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "created_at",
      "payment_collections.payments.id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.amount",
      "payment_collections.payments.data",
    ],
    filters: { id: orderId },
  })
  const vietqr = (order?.payment_collections ?? [])
    .flatMap((collection) => (collection?.payments ?? []) as PaymentRow[])
    .find((payment) => payment?.provider_id === VIETQR_PROVIDER_ID)
  const data = vietqr?.data ?? {}
  if (!order || !vietqr || !data.reference) {
    return null
  }
  // A session opened before the lifetime was kept in its data falls back to today's setting.
  const lifetimeMinutes = Number(
    data.unpaid_lifetime_minutes ??
      readMarketEnv().VIETQR_UNPAID_LIFETIME_MINUTES
  )
  return {
    reference: String(data.reference),
    order_id: order.id,
    payment_id: vietqr.id,
    amount: Number(vietqr.amount),
    client_ip: typeof data.client_ip === "string" ? data.client_ip : null,
    expires_at: new Date(
      new Date(order.created_at as string | Date).getTime() +
        lifetimeMinutes * 60_000
    ),
  }
}

/**
 * A VietQR order starts waiting for its transfer inside the completion itself (not in a
 * subscriber that can fail or come late): a transfer arriving a second after the order is placed
 * already finds it.
 */
export const awaitVietqrTransfer: OrderCreatedAction<string> = {
  name: "await-vietqr-transfer",
  run: async (orderId, container) => {
    const awaited = await awaitedTransferOf(container, orderId)
    if (!awaited) {
      return null
    }
    const bankTransfer =
      container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
    const created = await bankTransfer.createVietqrPayments(awaited)
    return created.id
  },
  undo: async (createdId, container) => {
    const bankTransfer =
      container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
    await bankTransfer.deleteVietqrPayments(createdId)
  },
}
