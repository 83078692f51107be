import { Modules } from "@medusajs/framework/utils"
import {
  createRemoteLinkStep,
  emitEventStep,
  updateProductVariantsStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { HARVEST_MODULE } from "../../modules/harvest"
import { MarketEvents } from "../../types/events"
import type { HarvestPreorderInput } from "../../types/harvest/module"
import { upsertHarvestPreorderStep } from "./steps/upsert-harvest-preorder"
import { validateHarvestPreorderStep } from "./steps/validate-harvest-preorder"

export type SetProductPreorderWorkflowInput = HarvestPreorderInput & {
  product_id: string
}

export const setProductPreorderWorkflowId = "set-product-preorder"

/**
 * Announces a product's next harvest, or moves the announcement it has. Its variants accept
 * orders beyond their stock from then on (Medusa's backorders); the cart rule limits those
 * orders to what is left of the announcement.
 */
export const setProductPreorderWorkflow = createWorkflow(
  setProductPreorderWorkflowId,
  (input: SetProductPreorderWorkflowInput) => {
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "harvest_preorder.id", "harvest_preorder.ordered"],
      filters: { id: input.product_id },
      options: { throwIfKeyNotFound: true },
    })
    const existing = transform({ products }, ({ products }) => ({
      id: (products[0]?.harvest_preorder?.id as string | undefined) ?? null,
      ordered: Number(products[0]?.harvest_preorder?.ordered ?? 0),
    }))
    const announcement = validateHarvestPreorderStep(
      transform({ input, existing }, ({ input, existing }) => ({
        harvest_on: input.harvest_on,
        quantity: input.quantity,
        ordered: existing.ordered,
      }))
    )
    const preorder = upsertHarvestPreorderStep(
      transform({ announcement, existing }, ({ announcement, existing }) => ({
        ...announcement,
        existing_id: existing.id,
      }))
    )
    when(
      "link-new-harvest-preorder",
      { existing },
      ({ existing }) => !existing.id
    ).then(() => {
      createRemoteLinkStep(
        transform({ preorder, input }, ({ preorder, input }) => [
          {
            [Modules.PRODUCT]: { product_id: input.product_id },
            [HARVEST_MODULE]: { harvest_preorder_id: preorder.id },
          },
        ])
      )
    })
    updateProductVariantsStep(
      transform({ input }, ({ input }) => ({
        selector: { product_id: input.product_id },
        update: { allow_backorder: true },
      }))
    )
    emitEventStep({
      eventName: MarketEvents.HARVEST_PREORDER_UPDATED,
      data: transform({ preorder, input }, ({ preorder, input }) => ({
        id: preorder.id,
        product_ids: [input.product_id],
      })),
    })
    return new WorkflowResponse(preorder)
  }
)
