import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createProducerProductWorkflow,
  type CreateProducerProductWorkflowInput,
} from "../producer/create-producer-product"
import { validateProducerEditableStep } from "./steps/validate-producer-editable"

export const addOnboardedProductWorkflowId = "add-onboarded-product"

/**
 * A volunteer adds one of the producer's first products, the way a member would in the
 * portal: VND prices, stock at the market's location, the market's channel and shipping.
 */
export const addOnboardedProductWorkflow = createWorkflow(
  addOnboardedProductWorkflowId,
  (input: CreateProducerProductWorkflowInput) => {
    validateProducerEditableStep(
      transform({ input }, ({ input }) => ({ producer_id: input.producer_id }))
    )
    const product = createProducerProductWorkflow.runAsStep({ input })
    return new WorkflowResponse(product)
  }
)
