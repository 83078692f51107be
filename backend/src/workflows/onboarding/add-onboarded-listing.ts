import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { Marketplace } from "../../types/marketplace/module"
import { createMarketplaceListingWorkflow } from "../marketplace/create-marketplace-listing"
import { guardOnboardedProduct } from "./guard-onboarded-product"

export type AddOnboardedListingWorkflowInput = {
  producer_id: string
  product_id: string
  marketplace: Marketplace
  url: string
}

export const addOnboardedListingWorkflowId = "add-onboarded-listing"

/** A volunteer links one of the producer's products to its voso.vn / postmart.vn page. */
export const addOnboardedListingWorkflow = createWorkflow(
  addOnboardedListingWorkflowId,
  (input: AddOnboardedListingWorkflowInput) => {
    guardOnboardedProduct(input)
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
