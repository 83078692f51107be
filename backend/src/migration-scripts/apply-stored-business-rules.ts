import type { MedusaContainer } from "@medusajs/framework/types"
import { forEachProductBatch } from "../utils/product-batches"
import { refreshDisplayedStarsWorkflow } from "../workflows/ocop/refresh-displayed-stars"
import { applyListingStatus } from "../workflows/visibility/steps/apply-listing-status"

/**
 * Brings a database written before visibility and stars were stored up to date, once: every
 * product gets the status the visibility rule gives it (a published product of an unverified
 * producer becomes `proposed`), and every certificate its displayed stars.
 */
export default async function applyStoredBusinessRules({
  container,
}: {
  container: MedusaContainer
}) {
  await forEachProductBatch(container, (ids) =>
    applyListingStatus(container, ids)
  )
  await refreshDisplayedStarsWorkflow(container).run({
    input: { now: new Date() },
  })
}
