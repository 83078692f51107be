import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createProducerInviteStep,
  type CreateProducerInviteStepInput,
} from "./steps/create-producer-invite"
import { validateProducerInvitableStep } from "./steps/validate-producer-invitable"

export const createProducerInviteWorkflowId = "create-producer-invite"

/** A single-use, expiring invite for a producer's member to set a password. */
export const createProducerInviteWorkflow = createWorkflow(
  createProducerInviteWorkflowId,
  (input: CreateProducerInviteStepInput) => {
    validateProducerInvitableStep(
      transform({ input }, ({ input }) => ({
        producer_id: input.producer_id,
        invited_by_type: input.invited_by_type,
      }))
    )
    return new WorkflowResponse(createProducerInviteStep(input))
  }
)
