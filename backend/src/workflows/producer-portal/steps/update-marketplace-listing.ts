import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export const updateMarketplaceListingStepId = "update-marketplace-listing"

/** Points a listing at a new URL; compensation restores the previous one. */
export const updateMarketplaceListingStep = createStep(
  updateMarketplaceListingStepId,
  async (input: { id: string; url: string }, { container }) => {
    const service =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const previous = await service.retrieveMarketplaceListing(input.id)
    const listing = await service.updateMarketplaceListings(input)
    return new StepResponse(listing, { id: previous.id, url: previous.url })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    await service.updateMarketplaceListings(previous)
  }
)
