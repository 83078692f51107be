import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { MarketEvents, type MarketEventData } from "../types/events"

/** Where the store remembers up to when expiries were handled (store.metadata). */
export const EXPIRY_CHECKED_AT = "ocop_expiry_checked_at"

/**
 * An OCOP certificate stops showing stars when its date passes, and no event fires then
 * (issue 4). Once a day this announces every certificate that expired since the previous run
 * with the same event an officer's edit emits: the search index re-reads those products (their
 * stars go) and the storefront regenerates its cached pages. The moment handled is kept on the
 * store, so a missed day is caught up by the next run and nothing is announced twice.
 */
export async function announceExpiredCertificates(
  container: MedusaContainer,
  now = new Date()
): Promise<{ certificate_ids: string[]; product_ids: string[] }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [store],
  } = await query.graph({ entity: "store", fields: ["id", "metadata"] })
  const checkedAt = store?.metadata?.[EXPIRY_CHECKED_AT]
  const since = typeof checkedAt === "string" ? new Date(checkedAt) : null

  const { data: certificates } = await query.graph({
    entity: "ocop_certificate",
    fields: ["id", "expires_at", "product.id"],
    filters: {
      expires_at: { $lte: now, ...(since ? { $gt: since } : {}) },
    },
  })
  const expired = (certificates as Record<string, any>[]).filter(
    (certificate) => certificate.product?.id
  )
  if (expired.length) {
    const events = container.resolve(Modules.EVENT_BUS)
    await events.emit(
      expired.map((certificate) => ({
        name: MarketEvents.OCOP_CERTIFICATE_UPDATED,
        data: {
          id: certificate.id,
          product_ids: [certificate.product.id],
        } satisfies MarketEventData,
      }))
    )
  }
  if (store) {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: {
          metadata: {
            ...store.metadata,
            [EXPIRY_CHECKED_AT]: now.toISOString(),
          },
        },
      },
    })
  }
  return {
    certificate_ids: expired.map((certificate) => certificate.id),
    product_ids: expired.map((certificate) => certificate.product.id),
  }
}

export default async function revalidateExpiredCertificatesJob(
  container: MedusaContainer
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { certificate_ids } = await announceExpiredCertificates(container)
  if (certificate_ids.length) {
    logger.info(
      `OCOP: ${certificate_ids.length} certificate(s) expired since the last check; search and storefront refreshed`
    )
  }
}

export const config = {
  name: "revalidate-expired-certificates",
  // 00:05 in Vietnam (UTC+7), when the day's expiries have passed; cron runs in UTC here.
  schedule: "5 17 * * *",
}
