import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshDisplayedStarsWorkflow } from "../workflows/ocop/refresh-displayed-stars"
import { applyListingStatus } from "../workflows/visibility/steps/apply-listing-status"

const BATCH = 500

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
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  for (let skip = 0; ; skip += BATCH) {
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id"],
      pagination: { skip, take: BATCH, order: { id: "ASC" } },
    })
    await applyListingStatus(
      container,
      products.map((product) => product.id)
    )
    if (products.length < BATCH) {
      break
    }
  }
  await refreshDisplayedStarsWorkflow(container).run({
    input: { now: new Date() },
  })
}
