import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { keepListingStatusHandlers } from "../visibility/steps/apply-listing-status"

/**
 * A product updated anywhere (Medusa Admin, batch edits, the portal) keeps the status the
 * visibility rule gives it: publishing a product of an unverified producer stores it as
 * `proposed` until the producer is verified. The only handler of this hook.
 */
updateProductsWorkflow.hooks.productsUpdated(
  keepListingStatusHandlers.invoke,
  keepListingStatusHandlers.compensate
)
