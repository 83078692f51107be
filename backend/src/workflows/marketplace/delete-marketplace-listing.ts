import { Modules } from "@medusajs/framework/utils"
import {
  dismissRemoteLinkStep,
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
import { deleteMarketplaceListingStep } from "./steps/delete-marketplace-listing"

export type DeleteMarketplaceListingWorkflowInput = {
  id: string
}

export const deleteMarketplaceListingWorkflowId = "delete-marketplace-listing"

/** Removes a listing from its product (clicks already recorded are kept). */
export const deleteMarketplaceListingWorkflow = createWorkflow(
  deleteMarketplaceListingWorkflowId,
  (input: DeleteMarketplaceListingWorkflowInput) => {
    const { data: listings } = useQueryGraphStep({
      entity: "marketplace_listing",
      fields: ["id", "product.id"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })
    const productIds = transform({ listings }, ({ listings }) =>
      listings[0]?.product?.id ? [listings[0].product.id as string] : []
    )
    dismissRemoteLinkStep(
      transform({ input, productIds }, ({ input, productIds }) =>
        productIds.map((productId) => ({
          [Modules.PRODUCT]: { product_id: productId },
          [MARKETPLACE_MODULE]: { marketplace_listing_id: input.id },
        }))
      )
    )
    deleteMarketplaceListingStep(input.id)
    emitEventStep({
      eventName: MarketEvents.MARKETPLACE_LISTING_DELETED,
      data: transform({ input, productIds }, ({ input, productIds }) => ({
        id: input.id,
        product_ids: productIds,
      })),
    })
    return new WorkflowResponse({
      id: input.id,
      object: "marketplace_listing",
      deleted: true,
    })
  }
)
