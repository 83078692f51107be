import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { Marketplace } from "../../types/marketplace/module"
import { createMarketplaceListingWorkflow } from "../marketplace/create-marketplace-listing"
import { validateProducerOwnsProductStep } from "../producer/steps/validate-producer-owns-product"

export type AddProducerListingWorkflowInput = {
  producer_id: string
  product_id: string
  marketplace: Marketplace
  url: string
}

export const addProducerListingWorkflowId = "add-producer-listing"

/** A member links its own product to voso.vn / postmart.vn (same URL rules as officers). */
export const addProducerListingWorkflow = createWorkflow(
  addProducerListingWorkflowId,
  (input: AddProducerListingWorkflowInput) => {
    validateProducerOwnsProductStep(
      transform({ input }, ({ input }) => ({
        producer_id: input.producer_id,
        product_id: input.product_id,
      }))
    )
    const listing = createMarketplaceListingWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        product_id: input.product_id,
        marketplace: input.marketplace,
        url: input.url,
      })),
    })
    return new WorkflowResponse(listing)
  }
)
