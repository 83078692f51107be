import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createProducerMemberStep } from "../producer/steps/create-producer-member"
import { markInviteAcceptedStep } from "./steps/mark-invite-accepted"
import { registerMemberIdentityStep } from "./steps/register-member-identity"
import { validateProducerInviteStep } from "./steps/validate-producer-invite"

export type AcceptProducerInviteWorkflowInput = {
  token: string
  password: string
  name?: string | null
}

export const acceptProducerInviteWorkflowId = "accept-producer-invite"

/**
 * The invited member sets a password: an emailpass sign-in, a member of the producer, the
 * `producer` actor on that sign-in, and the invite spent — all or nothing.
 */
export const acceptProducerInviteWorkflow = createWorkflow(
  acceptProducerInviteWorkflowId,
  (input: AcceptProducerInviteWorkflowInput) => {
    const invite = validateProducerInviteStep(
      transform({ input }, ({ input }) => ({ token: input.token }))
    )
    const authIdentityId = registerMemberIdentityStep(
      transform({ input, invite }, ({ input, invite }) => ({
        email: invite.email,
        password: input.password,
      }))
    )
    const member = createProducerMemberStep(
      transform({ input, invite }, ({ input, invite }) => ({
        producer_id: invite.producer_id,
        email: invite.email,
        name: input.name ?? null,
      }))
    )
    setAuthAppMetadataStep(
      transform({ authIdentityId, member }, ({ authIdentityId, member }) => ({
        authIdentityId,
        actorType: "producer",
        value: member.id,
      }))
    )
    markInviteAcceptedStep(
      transform({ invite, member }, ({ invite, member }) => ({
        invite_id: invite.invite_id,
        member_id: member.id,
      }))
    )
    return new WorkflowResponse(
      transform({ invite, member }, ({ invite, member }) => ({
        member_id: member.id,
        producer_id: invite.producer_id,
        email: invite.email,
      }))
    )
  }
)
