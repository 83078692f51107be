import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type RevokeActorSignInStepInput = {
  email: string
  /** The app_metadata key Medusa reads the actor id from (`producer_id`, `onboarder_id`). */
  actor_key: string
}

export const revokeActorSignInStepId = "revoke-actor-sign-in"

/**
 * Takes the actor off the email's emailpass sign-in: the identity is deleted when it served
 * only that actor (so the email can be invited again), otherwise only the actor's key goes and
 * the same person keeps, say, their shopper account. Runs last, so it needs no compensation.
 */
export const revokeActorSignInStep = createStep(
  revokeActorSignInStepId,
  async (input: RevokeActorSignInStepInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const providerIdentities = await auth.listProviderIdentities({
      entity_id: input.email,
      provider: "emailpass",
    })
    for (const { auth_identity_id } of providerIdentities) {
      if (!auth_identity_id) {
        continue
      }
      const identity = await auth.retrieveAuthIdentity(auth_identity_id)
      const others = Object.fromEntries(
        Object.entries(identity.app_metadata ?? {}).filter(
          ([key]) => key !== input.actor_key
        )
      )
      if (Object.keys(others).length) {
        await auth.updateAuthIdentities({
          id: identity.id,
          app_metadata: others,
        })
      } else {
        await auth.deleteAuthIdentities([identity.id])
      }
    }
    return new StepResponse(providerIdentities.length)
  }
)
