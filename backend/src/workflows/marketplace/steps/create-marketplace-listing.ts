import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import type { Marketplace } from "../../../types/marketplace/module"

export const createMarketplaceListingStepId = "create-marketplace-listing"

/** Creates one listing; compensation deletes it. */
export const createMarketplaceListingStep = createStep(
  createMarketplaceListingStepId,
  async (data: { marketplace: Marketplace; url: string }, { container }) => {
    const service =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const listing = await service.createMarketplaceListings(data)
    return new StepResponse(listing, listing.id)
  },
  async (listingId, { container }) => {
    if (!listingId) {
      return
    }
    const service =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    await service.deleteMarketplaceListings(listingId)
  }
)
