import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { registerMemberIdentityStep } from "../onboarding/steps/register-member-identity"
import {
  createOnboarderStep,
  type CreateOnboarderStepInput,
} from "../onboarding/steps/create-onboarder"

export type CreateOnboarderAccountInput = CreateOnboarderStepInput & {
  password: string
}

export const createOnboarderAccountWorkflowId = "create-onboarder-account"

/**
 * An officer creates a volunteer with a first password: the emailpass sign-in, the volunteer
 * and the link between them, or none of them.
 */
export const createOnboarderAccountWorkflow = createWorkflow(
  createOnboarderAccountWorkflowId,
  (input: CreateOnboarderAccountInput) => {
    const authIdentityId = registerMemberIdentityStep(
      transform({ input }, ({ input }) => ({
        email: input.email.trim().toLowerCase(),
        password: input.password,
      }))
    )
    const onboarder = createOnboarderStep(
      transform({ input }, ({ input }) => ({
        email: input.email,
        name: input.name,
        team: input.team,
        village: input.village,
        phone: input.phone,
      }))
    )
    setAuthAppMetadataStep(
      transform(
        { authIdentityId, onboarder },
        ({ authIdentityId, onboarder }) => ({
          authIdentityId,
          actorType: "onboarder",
          value: onboarder.id,
        })
      )
    )
    return new WorkflowResponse(onboarder)
  }
)
