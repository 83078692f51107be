import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { attachVnpayPayments } from "../scripts/seed/vnpay-payments"

/**
 * Offers VNPay in the existing VND regions of a market upgraded while VNPay is configured.
 * Medusa runs a migration script once per database: a fresh database has no region yet (the
 * seed links VNPay itself), and a market configuring VNPay later runs
 * `npx medusa exec ./src/scripts/enable-vnpay-payments.ts`. Linking is idempotent.
 */
export default async function linkVnpayToRegion({
  container,
}: {
  container: MedusaContainer
}) {
  const changed = await attachVnpayPayments(container)
  if (changed.length) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`VNPay now offered in ${changed.length} region(s).`)
  }
}
