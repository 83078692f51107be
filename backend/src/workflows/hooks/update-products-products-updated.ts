import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { productImagesFromOwnStore } from "../../domain/product-images"
import { keepListingStatusHandlers } from "../visibility/steps/apply-listing-status"

/**
 * A product updated anywhere (Medusa Admin, batch edits, the portal) keeps the status the
 * visibility rule gives it: publishing a product of an unverified producer stores it as
 * `proposed` until the producer is verified. The only handler of this hook.
 *
 * Checks, in order: `images-from-own-store` (refuses pictures hosted elsewhere), then the
 * listing status.
 */
updateProductsWorkflow.hooks.productsUpdated(async (input, context) => {
  await productImagesFromOwnStore(
    context.container,
    input.products.map((product) => product.id)
  )
  return keepListingStatusHandlers.invoke(input, context)
}, keepListingStatusHandlers.compensate)
