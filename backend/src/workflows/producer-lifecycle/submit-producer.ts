import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { validateProducerChecklistStep } from "./steps/validate-producer-checklist"
import {
  composeProducerTransition,
  type ProducerTransitionInput,
} from "./transition-producer"

export const submitProducerWorkflowId = "submit-producer"

/** A volunteer hands a complete draft to the commune officers (draft → submitted). */
export const submitProducerWorkflow = createWorkflow(
  submitProducerWorkflowId,
  (input: ProducerTransitionInput) => {
    const producer = composeProducerTransition(input, "submit", () => {
      validateProducerChecklistStep(
        transform({ input }, ({ input }) => ({
          producer_id: input.producer_id,
        }))
      )
    })
    return new WorkflowResponse(producer)
  }
)
