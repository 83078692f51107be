import { Modules } from "@medusajs/framework/utils"
import {
  dismissRemoteLinkStep,
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
import { deleteHarvestPreorderStep } from "./steps/delete-harvest-preorder"

export type WithdrawProductPreorderWorkflowInput = { product_id: string }

export const withdrawProductPreorderWorkflowId = "withdraw-product-preorder"

/**
 * Stops pre-orders of a product: its announcement is withdrawn and its variants sell only what
 * is in stock again. Orders already placed keep their ship dates. Withdrawing nothing is a no-op.
 */
export const withdrawProductPreorderWorkflow = createWorkflow(
  withdrawProductPreorderWorkflowId,
  (input: WithdrawProductPreorderWorkflowInput) => {
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "harvest_preorder.id"],
      filters: { id: input.product_id },
      options: { throwIfKeyNotFound: true },
    })
    const preorderId = transform(
      { products },
      ({ products }) =>
        (products[0]?.harvest_preorder?.id as string | undefined) ?? null
    )
    when(
      "withdraw-existing-preorder",
      { preorderId },
      ({ preorderId }) => !!preorderId
    ).then(() => {
      dismissRemoteLinkStep(
        transform({ preorderId, input }, ({ preorderId, input }) => [
          {
            [Modules.PRODUCT]: { product_id: input.product_id },
            [HARVEST_MODULE]: { harvest_preorder_id: preorderId as string },
          },
        ])
      )
      deleteHarvestPreorderStep(preorderId as unknown as string)
      updateProductVariantsStep(
        transform({ input }, ({ input }) => ({
          selector: { product_id: input.product_id },
          update: { allow_backorder: false },
        }))
      )
      emitEventStep({
        eventName: MarketEvents.HARVEST_PREORDER_UPDATED,
        data: transform({ preorderId, input }, ({ preorderId, input }) => ({
          id: preorderId as string,
          product_ids: [input.product_id],
        })),
      })
    })
    return new WorkflowResponse(null)
  }
)
