import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { PRODUCER_SUBMITTED_EVENT } from "../../types/events"
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
    emitEventStep({
      eventName: PRODUCER_SUBMITTED_EVENT,
      data: transform({ input }, ({ input }) => ({ id: input.producer_id })),
    }).config({ name: "emit-producer-submitted" })
    return new WorkflowResponse(producer)
  }
)
