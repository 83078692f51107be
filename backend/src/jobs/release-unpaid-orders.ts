import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readMarketEnv } from "../config/env"
import { BANK_TRANSFER_MODULE } from "../modules/bank-transfer"
import type BankTransferModuleService from "../modules/bank-transfer/service"
import { cancelUnpaidOrderWorkflow } from "../workflows/payment/cancel-unpaid-order"
import { expireUnpaidOrderWorkflow } from "../workflows/payment/expire-unpaid-order"

const BATCH = 200

/**
 * Every minute: VietQR orders unpaid past their lifetime give their stock back (expired), and
 * expired orders whose grace period has passed are cancelled.
 */
export default async function releaseUnpaidOrdersJob(
  container: MedusaContainer
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const bankTransfer =
    container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
  const now = Date.now()
  const graceMs = readMarketEnv().VIETQR_EXPIRED_GRACE_HOURS * 3600_000

  const lapsed = await bankTransfer.listVietqrPayments(
    { status: "awaiting", expires_at: { $lt: new Date(now) } },
    { take: BATCH, order: { expires_at: "ASC" } }
  )
  const graceOver = await bankTransfer.listVietqrPayments(
    { status: "expired", expires_at: { $lt: new Date(now - graceMs) } },
    { take: BATCH, order: { expires_at: "ASC" } }
  )
  const runs = [
    ...lapsed.map((payment) => ({
      payment,
      workflow: expireUnpaidOrderWorkflow,
    })),
    ...graceOver.map((payment) => ({
      payment,
      workflow: cancelUnpaidOrderWorkflow,
    })),
  ]
  for (const { payment, workflow } of runs) {
    try {
      await workflow(container).run({
        input: { vietqr_payment_id: payment.id },
      })
    } catch (error) {
      // One stuck order must not keep the others from being released.
      logger.warn(
        `Could not release unpaid order ${payment.order_id}: ${(error as Error).message}`
      )
    }
  }
}

export const config = {
  name: "release-unpaid-orders",
  schedule: "* * * * *",
}
