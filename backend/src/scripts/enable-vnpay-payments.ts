// Offers VNPay in the Việt Nam region once it is configured (see seed/vnpay-payments.ts).
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { attachVnpayPayments } from "./seed/vnpay-payments"

export default async function enableVnpayPayments({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const changed = await attachVnpayPayments(container)
  logger.info(
    changed.length
      ? `VNPay now offered in ${changed.length} region(s).`
      : "Nothing to change: VNPay is not configured or already offered."
  )
}
