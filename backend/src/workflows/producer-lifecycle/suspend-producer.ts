import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  composeProducerTransition,
  type ProducerTransitionInput,
} from "./transition-producer"

export const suspendProducerWorkflowId = "suspend-producer"

/** An officer suspends a verified producer with a reason: its products leave the storefront. */
export const suspendProducerWorkflow = createWorkflow(
  suspendProducerWorkflowId,
  (input: ProducerTransitionInput) => {
    return new WorkflowResponse(composeProducerTransition(input, "suspend"))
  }
)
