import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export const deleteMarketplaceListingStepId = "delete-marketplace-listing"

/**
 * Soft-deletes a listing so its recorded clicks still count; compensation restores it.
 */
export const deleteMarketplaceListingStep = createStep(
  deleteMarketplaceListingStepId,
  async (listingId: string, { container }) => {
    const service =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    await service.softDeleteMarketplaceListings(listingId)
    return new StepResponse(listingId, listingId)
  },
  async (listingId, { container }) => {
    if (!listingId) {
      return
    }
    const service =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    await service.restoreMarketplaceListings(listingId)
  }
)
