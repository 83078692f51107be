import { transform } from "@medusajs/framework/workflows-sdk"
import { validateProducerOwnsProductStep } from "../producer/steps/validate-producer-owns-product"
import { validateProducerEditableStep } from "./steps/validate-producer-editable"

/**
 * What every volunteer change to a product checks first, inside the calling workflow: the
 * producer is still the volunteer's to edit (not yet verified) and the product is its own.
 */
export function guardOnboardedProduct(input: {
  producer_id: string
  product_id: string
}) {
  validateProducerEditableStep(
    transform({ input }, ({ input }) => ({ producer_id: input.producer_id }))
  )
  validateProducerOwnsProductStep(
    transform({ input }, ({ input }) => ({
      producer_id: input.producer_id,
      product_id: input.product_id,
    }))
  )
}
