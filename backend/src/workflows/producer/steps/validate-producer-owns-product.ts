import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ValidateProducerOwnsProductStepInput = {
  producer_id: string
  product_id: string
  variant_id?: string
  listing_id?: string
}

export const validateProducerOwnsProductStepId =
  "validate-producer-owns-product"

/**
 * Lets a portal member act only on its own producer's product (and that product's variant or
 * listing). Anything else is NOT_FOUND with the same message as a missing id, so another
 * producer's ids give no hint that they exist.
 */
export const validateProducerOwnsProductStep = createStep(
  validateProducerOwnsProductStepId,
  async (input: ValidateProducerOwnsProductStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "producer.id", "variants.id", "marketplace_listings.id"],
      filters: { id: input.product_id },
    })
    const product = products[0]
    if (!product || product.producer?.id !== input.producer_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Product with id: ${input.product_id} was not found`
      )
    }
    const variantIds = (product.variants ?? []).map((variant) => variant?.id)
    if (input.variant_id && !variantIds.includes(input.variant_id)) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Variant with id: ${input.variant_id} was not found`
      )
    }
    const listingIds = (
      (product.marketplace_listings ?? []) as ({ id: string } | null)[]
    ).map((listing) => listing?.id)
    if (input.listing_id && !listingIds.includes(input.listing_id)) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Marketplace listing with id: ${input.listing_id} was not found`
      )
    }
    return new StepResponse(product.id as string)
  }
)
