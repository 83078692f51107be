// Offers cards in the Việt Nam region once Stripe is configured (see seed/card-payments.ts).
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { attachCardPayments } from "./seed/card-payments"

export default async function enableCardPayments({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const changed = await attachCardPayments(container)
  logger.info(
    changed.length
      ? `Cards through Stripe now offered in ${changed.length} region(s).`
      : "Nothing to change: Stripe is not configured or already offered."
  )
}
