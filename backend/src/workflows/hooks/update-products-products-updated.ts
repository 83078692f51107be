import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import {
  applyListingStatus,
  restoreListingStatus,
} from "../visibility/steps/apply-listing-status"

/**
 * A product updated anywhere (Medusa Admin, batch edits, the portal) keeps the status the
 * visibility rule gives it: publishing a product of an unverified producer stores it as
 * `proposed` until the producer is verified. The only handler of this hook.
 */
updateProductsWorkflow.hooks.productsUpdated(
  async ({ products }, { container }) => {
    const changes = await applyListingStatus(
      container,
      products.map((product) => product.id)
    )
    return new StepResponse(undefined, changes)
  },
  async (changes, { container }) => {
    await restoreListingStatus(container, changes)
  }
)
