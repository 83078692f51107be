import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { registerMemberIdentityStep } from "../onboarding/steps/register-member-identity"
import { type CreateOnboarderStepInput } from "../onboarding/steps/create-onboarder"
import { createOnboarderWorkflow } from "../onboarding/create-onboarder"

export type CreateOnboarderAccountInput = CreateOnboarderStepInput & {
  password: string
}

export const createOnboarderAccountWorkflowId = "create-onboarder-account"

/**
 * An officer creates a volunteer with a first password: the emailpass sign-in, then the
 * volunteer linked to it (`create-onboarder`), or none of them.
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
    const onboarder = createOnboarderWorkflow.runAsStep({
      input: transform(
        { input, authIdentityId },
        ({ input, authIdentityId }) => ({
          email: input.email,
          name: input.name,
          team: input.team,
          village: input.village,
          phone: input.phone,
          auth_identity_id: authIdentityId,
        })
      ),
    })
    return new WorkflowResponse(onboarder)
  }
)
