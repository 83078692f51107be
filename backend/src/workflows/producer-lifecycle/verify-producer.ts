import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  composeProducerTransition,
  type ProducerTransitionInput,
} from "./transition-producer"

export const verifyProducerWorkflowId = "verify-producer"

/** An officer verifies a submitted (or suspended) producer: its published products reach shoppers. */
export const verifyProducerWorkflow = createWorkflow(
  verifyProducerWorkflowId,
  (input: ProducerTransitionInput) => {
    return new WorkflowResponse(composeProducerTransition(input, "verify"))
  }
)
