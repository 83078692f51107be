import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BANK_TRANSFER_MODULE } from "../modules/bank-transfer"
import type BankTransferModuleService from "../modules/bank-transfer/service"
import { cancelUnpaidOrderWorkflow } from "../workflows/payment/cancel-unpaid-order"

/** Cancels VietQR orders unpaid past their lifetime (48 h by default) and frees their stock. */
export default async function cancelUnpaidOrdersJob(
  container: MedusaContainer
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const bankTransfer =
    container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
  const lapsed = await bankTransfer.listVietqrPayments(
    { status: "awaiting", expires_at: { $lt: new Date() } },
    { take: 200, order: { expires_at: "ASC" } }
  )
  for (const payment of lapsed) {
    try {
      await cancelUnpaidOrderWorkflow(container).run({
        input: { vietqr_payment_id: payment.id },
      })
    } catch (error) {
      // One stuck order must not keep the others from being released.
      logger.warn(
        `Could not cancel unpaid order ${payment.order_id}: ${(error as Error).message}`
      )
    }
  }
}

export const config = {
  name: "cancel-unpaid-orders",
  schedule: "*/10 * * * *",
}
