import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { HarvestPreorderInput } from "../../types/harvest/module"
import { validateProducerOwnsProductStep } from "../producer/steps/validate-producer-owns-product"
import { setProductPreorderWorkflow } from "./set-product-preorder"
import { withdrawProductPreorderWorkflow } from "./withdraw-product-preorder"

export type SetProducerProductPreorderWorkflowInput = {
  producer_id: string
  product_id: string
  /** The announcement, or null to withdraw it. */
  preorder: HarvestPreorderInput | null
}

export const setProducerProductPreorderWorkflowId =
  "set-producer-product-preorder"

/** A member announces (or withdraws) the next harvest of one of its own producer's products. */
export const setProducerProductPreorderWorkflow = createWorkflow(
  setProducerProductPreorderWorkflowId,
  (input: SetProducerProductPreorderWorkflowInput) => {
    validateProducerOwnsProductStep(
      transform({ input }, ({ input }) => ({
        producer_id: input.producer_id,
        product_id: input.product_id,
      }))
    )
    when("announce-harvest", { input }, ({ input }) => !!input.preorder).then(
      () => {
        setProductPreorderWorkflow.runAsStep({
          input: transform({ input }, ({ input }) => ({
            product_id: input.product_id,
            harvest_on: input.preorder!.harvest_on,
            quantity: input.preorder!.quantity,
          })),
        })
      }
    )
    when("withdraw-harvest", { input }, ({ input }) => !input.preorder).then(
      () => {
        withdrawProductPreorderWorkflow.runAsStep({
          input: transform({ input }, ({ input }) => ({
            product_id: input.product_id,
          })),
        })
      }
    )
    return new WorkflowResponse(null)
  }
)
