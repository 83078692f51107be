import { Modules } from "@medusajs/framework/utils"
import {
  createRemoteLinkStep,
  emitEventStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"
import { MarketEvents } from "../../types/events"
import type { Marketplace } from "../../types/marketplace/module"
import { createMarketplaceListingStep } from "./steps/create-marketplace-listing"
import { validateListingUrlStep } from "./steps/validate-listing-url"

export type CreateMarketplaceListingWorkflowInput = {
  product_id: string
  marketplace: Marketplace
  url: string
}

export const createMarketplaceListingWorkflowId = "create-marketplace-listing"

/** Links a product to its page on voso.vn or postmart.vn after checking the URL's host. */
export const createMarketplaceListingWorkflow = createWorkflow(
  createMarketplaceListingWorkflowId,
  (input: CreateMarketplaceListingWorkflowInput) => {
    useQueryGraphStep({
      entity: "product",
      fields: ["id"],
      filters: { id: input.product_id },
      options: { throwIfKeyNotFound: true },
    })
    const url = validateListingUrlStep(input)
    const listing = createMarketplaceListingStep(
      transform({ input, url }, ({ input, url }) => ({
        marketplace: input.marketplace,
        url,
      }))
    )
    createRemoteLinkStep(
      transform({ input, listing }, ({ input, listing }) => [
        {
          [Modules.PRODUCT]: { product_id: input.product_id },
          [MARKETPLACE_MODULE]: { marketplace_listing_id: listing.id },
        },
      ])
    )
    emitEventStep({
      eventName: MarketEvents.MARKETPLACE_LISTING_CREATED,
      data: transform({ input, listing }, ({ input, listing }) => ({
        id: listing.id,
        product_ids: [input.product_id],
      })),
    })
    return new WorkflowResponse(listing)
  }
)
