import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import {
  applyListingStatus,
  restoreListingStatus,
} from "../visibility/steps/apply-listing-status"

/**
 * A product created anywhere (Medusa Admin, import, the portal, onboarding) is stored with the
 * status the visibility rule gives it: one without a verified producer cannot start as
 * `published`. The only handler of this hook.
 */
createProductsWorkflow.hooks.productsCreated(
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
