import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  composeProducerTransition,
  type ProducerTransitionInput,
} from "./transition-producer"

export const reinstateProducerWorkflowId = "reinstate-producer"

/** An officer lifts a suspension (suspended → verified): the products come back. */
export const reinstateProducerWorkflow = createWorkflow(
  reinstateProducerWorkflowId,
  (input: ProducerTransitionInput) => {
    return new WorkflowResponse(composeProducerTransition(input, "reinstate"))
  }
)
