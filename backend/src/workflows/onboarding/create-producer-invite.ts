import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createProducerInviteStep,
  type CreateProducerInviteStepInput,
} from "./steps/create-producer-invite"
import { PRODUCER_INVITE_CREATED_EVENT } from "../../types/events"
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
    const invite = createProducerInviteStep(input)
    // The member also gets the link by email; the token travels once more, as a reset's does.
    emitEventStep({
      eventName: PRODUCER_INVITE_CREATED_EVENT,
      data: transform({ input, invite }, ({ input, invite }) => ({
        id: invite.id,
        producer_id: input.producer_id,
        email: invite.email,
        token: invite.token,
        expires_at: invite.expires_at,
      })),
    })
    return new WorkflowResponse(invite)
  }
)
