import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  removeProducerMemberStep,
  type RemoveProducerMemberStepInput,
} from "./steps/remove-producer-member"
import { revokeActorSignInStep } from "./steps/revoke-actor-sign-in"

export const removeProducerMemberWorkflowId = "remove-producer-member"

/** An officer removes a member: their next request is refused and their sign-in stops working. */
export const removeProducerMemberWorkflow = createWorkflow(
  removeProducerMemberWorkflowId,
  (input: RemoveProducerMemberStepInput) => {
    const member = removeProducerMemberStep(input)
    revokeActorSignInStep(
      transform({ member }, ({ member }) => ({
        email: member.email,
        actor_key: "producer_id",
      }))
    )
    return new WorkflowResponse(member)
  }
)
