import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { productImagesFromOwnStore } from "../../domain/product-images"
import { keepListingStatusHandlers } from "../visibility/steps/apply-listing-status"

/**
 * A product created anywhere (Medusa Admin, import, the portal, onboarding) is stored with the
 * status the visibility rule gives it: one without a verified producer cannot start as
 * `published`. The only handler of this hook.
 *
 * Checks, in order: `images-from-own-store` (refuses pictures hosted elsewhere), then the
 * listing status.
 */
createProductsWorkflow.hooks.productsCreated(async (input, context) => {
  await productImagesFromOwnStore(
    context.container,
    input.products.map((product) => product.id)
  )
  return keepListingStatusHandlers.invoke(input, context)
}, keepListingStatusHandlers.compensate)
