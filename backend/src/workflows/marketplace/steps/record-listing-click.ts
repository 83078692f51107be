import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import type { ShareSource } from "../../../types/sharing/module"

export const recordListingClickStepId = "record-listing-click"

/** Stores one click as its own row; compensation removes it. */
export const recordListingClickStep = createStep(
  recordListingClickStepId,
  async (
    input: {
      listing_id: string
      locale?: string | null
      source?: ShareSource | null
    },
    { container }
  ) => {
    const service =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const click = await service.createListingClicks({
      listing_id: input.listing_id,
      locale: input.locale ?? null,
      source: input.source ?? null,
      clicked_at: new Date(),
    })
    return new StepResponse(click, click.id)
  },
  async (clickId, { container }) => {
    if (!clickId) {
      return
    }
    const service =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    await service.deleteListingClicks(clickId)
  }
)
