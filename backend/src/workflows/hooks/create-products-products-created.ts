import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { keepListingStatusHandlers } from "../visibility/steps/apply-listing-status"

/**
 * A product created anywhere (Medusa Admin, import, the portal, onboarding) is stored with the
 * status the visibility rule gives it: one without a verified producer cannot start as
 * `published`. The only handler of this hook.
 */
createProductsWorkflow.hooks.productsCreated(
  keepListingStatusHandlers.invoke,
  keepListingStatusHandlers.compensate
)
