import {
  setAuthAppMetadataStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createProducerMemberStep } from "./steps/create-producer-member"

export type CreateProducerMemberWorkflowInput = {
  producer_id: string
  email: string
  name?: string | null
  /** The emailpass identity the member signs in with (`POST /auth/producer/emailpass/register`). */
  auth_identity_id: string
}

export const createProducerMemberWorkflowId = "create-producer-member"

/**
 * Makes a sign-in a member of one producer: the identity's `app_metadata.producer_id` becomes
 * the member id, which Medusa puts in the token as `actor_id` for the `producer` actor.
 */
export const createProducerMemberWorkflow = createWorkflow(
  createProducerMemberWorkflowId,
  (input: CreateProducerMemberWorkflowInput) => {
    useQueryGraphStep({
      entity: "producer",
      fields: ["id"],
      filters: { id: input.producer_id },
      options: { throwIfKeyNotFound: true },
    })
    const member = createProducerMemberStep(input)
    setAuthAppMetadataStep(
      transform({ input, member }, ({ input, member }) => ({
        authIdentityId: input.auth_identity_id,
        actorType: "producer",
        value: member.id,
      }))
    )
    return new WorkflowResponse(member)
  }
)
