import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createOnboarderStep,
  type CreateOnboarderStepInput,
} from "./steps/create-onboarder"

export type CreateOnboarderWorkflowInput = CreateOnboarderStepInput & {
  /** The emailpass identity the volunteer signs in with (`POST /auth/onboarder/emailpass`). */
  auth_identity_id: string
}

export const createOnboarderWorkflowId = "create-onboarder"

/**
 * Makes a sign-in a tech-team volunteer: the identity's `app_metadata.onboarder_id` becomes the
 * volunteer's id, which Medusa puts in the token as `actor_id` for the `onboarder` actor.
 */
export const createOnboarderWorkflow = createWorkflow(
  createOnboarderWorkflowId,
  (input: CreateOnboarderWorkflowInput) => {
    const onboarder = createOnboarderStep(input)
    setAuthAppMetadataStep(
      transform({ input, onboarder }, ({ input, onboarder }) => ({
        authIdentityId: input.auth_identity_id,
        actorType: "onboarder",
        value: onboarder.id,
      }))
    )
    return new WorkflowResponse(onboarder)
  }
)
