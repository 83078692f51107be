import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { deleteMarketplaceListingWorkflow } from "../marketplace/delete-marketplace-listing"
import { validateProducerOwnsProductStep } from "../producer/steps/validate-producer-owns-product"

export type RemoveProducerListingWorkflowInput = {
  producer_id: string
  product_id: string
  listing_id: string
}

export const removeProducerListingWorkflowId = "remove-producer-listing"

/** A member removes a marketplace link from its own product. */
export const removeProducerListingWorkflow = createWorkflow(
  removeProducerListingWorkflowId,
  (input: RemoveProducerListingWorkflowInput) => {
    validateProducerOwnsProductStep(
      transform({ input }, ({ input }) => ({
        producer_id: input.producer_id,
        product_id: input.product_id,
        listing_id: input.listing_id,
      }))
    )
    const result = deleteMarketplaceListingWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ id: input.listing_id })),
    })
    return new WorkflowResponse(result)
  }
)
