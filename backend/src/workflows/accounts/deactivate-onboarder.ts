import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { deactivateOnboarderStep } from "./steps/deactivate-onboarder"

export const deactivateOnboarderWorkflowId = "deactivate-onboarder"

/** An officer ends a volunteer's access; their producers stay as they are. */
export const deactivateOnboarderWorkflow = createWorkflow(
  deactivateOnboarderWorkflowId,
  (input: { onboarder_id: string }) =>
    new WorkflowResponse(deactivateOnboarderStep(input))
)
