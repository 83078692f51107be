import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { MarketEvents } from "../../types/events"
import { validateListingUrlStep } from "../marketplace/steps/validate-listing-url"
import { updateMarketplaceListingStep } from "./steps/update-marketplace-listing"
import { validateProducerOwnsProductStep } from "../producer/steps/validate-producer-owns-product"

export type UpdateProducerListingWorkflowInput = {
  producer_id: string
  product_id: string
  listing_id: string
  url: string
}

export const updateProducerListingWorkflowId = "update-producer-listing"

/** A member points one of its product's listings at a new page on the same marketplace. */
export const updateProducerListingWorkflow = createWorkflow(
  updateProducerListingWorkflowId,
  (input: UpdateProducerListingWorkflowInput) => {
    validateProducerOwnsProductStep(
      transform({ input }, ({ input }) => ({
        producer_id: input.producer_id,
        product_id: input.product_id,
        listing_id: input.listing_id,
      }))
    )
    const { data: listings } = useQueryGraphStep({
      entity: "marketplace_listing",
      fields: ["id", "marketplace"],
      filters: { id: input.listing_id },
      options: { throwIfKeyNotFound: true },
    })
    const url = validateListingUrlStep(
      transform({ input, listings }, ({ input, listings }) => ({
        marketplace: listings[0].marketplace,
        url: input.url,
      }))
    )
    const listing = updateMarketplaceListingStep(
      transform({ input, url }, ({ input, url }) => ({
        id: input.listing_id,
        url,
      }))
    )
    emitEventStep({
      eventName: MarketEvents.MARKETPLACE_LISTING_UPDATED,
      data: transform({ input }, ({ input }) => ({
        id: input.listing_id,
        product_ids: [input.product_id],
      })),
    })
    return new WorkflowResponse(listing)
  }
)
