import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const registerMemberIdentityStepId = "register-member-identity"

/**
 * Creates the emailpass sign-in (hashed password) of an invited member; compensation deletes
 * it so a failed acceptance leaves the email free to try again.
 */
export const registerMemberIdentityStep = createStep(
  registerMemberIdentityStepId,
  async (input: { email: string; password: string }, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const { authIdentity, error } = await auth.register("emailpass", {
      body: { email: input.email, password: input.password },
    } as Parameters<typeof auth.register>[1])
    if (error || !authIdentity) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `${input.email} already has a sign-in on the market: use another email address.`
      )
    }
    return new StepResponse(authIdentity.id, authIdentity.id)
  },
  async (authIdentityId, { container }) => {
    if (!authIdentityId) {
      return
    }
    const auth = container.resolve(Modules.AUTH)
    await auth.deleteAuthIdentities([authIdentityId])
  }
)
