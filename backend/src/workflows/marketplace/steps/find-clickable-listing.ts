import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isProductVisibleById } from "../../../domain/visibility"

export const findClickableListingStepId = "find-clickable-listing"

/**
 * Finds a listing shoppers may follow: it exists and its product is visible (the one
 * visibility rule of domain/visibility.ts). Anything else is NOT_FOUND, so hidden products do not leak through links.
 */
export const findClickableListingStep = createStep(
  findClickableListingStepId,
  async (listingId: string, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: listings } = await query.graph({
      entity: "marketplace_listing",
      fields: ["id", "url", "marketplace", "product.id"],
      filters: { id: listingId },
    })
    const listing = listings[0]
    const productId: string | undefined = listing?.product?.id
    if (
      !listing ||
      !productId ||
      !(await isProductVisibleById(query, productId))
    ) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Marketplace listing with id: ${listingId} was not found`
      )
    }
    return new StepResponse({
      id: listing.id as string,
      url: listing.url as string,
    })
  }
)
