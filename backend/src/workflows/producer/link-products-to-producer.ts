import { Modules } from "@medusajs/framework/utils"
import {
  createRemoteLinkStep,
  dismissRemoteLinkStep,
  emitEventStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../modules/producer"
import { MarketEvents } from "../../types/events"
import { applyListingStatusStep } from "../visibility/steps/apply-listing-status"
import { applyProducerTagsStep } from "./steps/apply-producer-tags"
import { validateProducerProductsStep } from "./steps/validate-producer-products"

export type LinkProductsToProducerWorkflowInput = {
  producer_id: string
  product_ids: string[]
}

export const linkProductsToProducerWorkflowId = "link-products-to-producer"

/**
 * Makes `producer_id` the producer of `product_ids`. A product has one producer, so a link to
 * a previous producer is replaced.
 */
export const linkProductsToProducerWorkflow = createWorkflow(
  linkProductsToProducerWorkflowId,
  (input: LinkProductsToProducerWorkflowInput) => {
    validateProducerProductsStep(input)

    // Read through the product, not the link's entry point: a link's entryPoint is only known
    // once the app has loaded it, after this workflow is composed (e.g. in `medusa exec`).
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "producer.id"],
      filters: { id: input.product_ids },
    }).config({ name: "current-producers" })

    const { toDismiss, toCreate, event } = transform(
      { input, products },
      ({ input, products }) => {
        const currentLinks = products
          .filter((product) => product.producer?.id)
          .map((product) => ({
            product_id: product.id as string,
            producer_id: product.producer!.id as string,
          }))
        const alreadyLinked = new Set(
          currentLinks
            .filter((link) => link.producer_id === input.producer_id)
            .map((link) => link.product_id)
        )
        const previousProducers = currentLinks.filter(
          (link) => link.producer_id !== input.producer_id
        )
        return {
          toDismiss: previousProducers.map((link) => ({
            [PRODUCER_MODULE]: { producer_id: link.producer_id },
            [Modules.PRODUCT]: { product_id: link.product_id },
          })),
          toCreate: [...new Set(input.product_ids)]
            .filter((productId) => !alreadyLinked.has(productId))
            .map((productId) => ({
              [PRODUCER_MODULE]: { producer_id: input.producer_id },
              [Modules.PRODUCT]: { product_id: productId },
            })),
          event: { id: input.producer_id, product_ids: input.product_ids },
        }
      }
    )

    dismissRemoteLinkStep(toDismiss)
    const links = createRemoteLinkStep(toCreate)
    const linkedIds = transform({ input }, ({ input }) => ({
      product_ids: input.product_ids,
    }))
    applyListingStatusStep(linkedIds)
    applyProducerTagsStep(linkedIds)
    emitEventStep({ eventName: MarketEvents.PRODUCER_UPDATED, data: event })

    return new WorkflowResponse(links)
  }
)
