import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  hashInviteToken,
  inviteRefusal,
  inviteState,
} from "../../../utils/invite-token"

export type ValidatedInvite = {
  invite_id: string
  producer_id: string
  email: string
}

export const validateProducerInviteStepId = "validate-producer-invite"

/**
 * Finds the invite behind a token and refuses one that is unknown, used, expired, for a
 * suspended producer, or for an email that already belongs to a member.
 */
export const validateProducerInviteStep = createStep(
  validateProducerInviteStepId,
  async (input: { token: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: invites } = await query.graph({
      entity: "producer_invite",
      fields: [
        "id",
        "email",
        "expires_at",
        "accepted_at",
        "producer.id",
        "producer.status",
      ],
      filters: { token_hash: hashInviteToken(input.token) },
    })
    const invite = invites[0]
    if (!invite?.producer) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        "This invite link is not valid: check that the whole link was copied."
      )
    }
    const state = inviteState(invite)
    if (state !== "open") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, inviteRefusal(state))
    }
    if (invite.producer.status === "suspended") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This producer is suspended: the invite cannot be used until a commune officer reinstates it."
      )
    }
    const { data: members } = await query.graph({
      entity: "producer_member",
      fields: ["id"],
      filters: { email: invite.email },
    })
    if (members.length) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `${invite.email} is already a member of a producer: sign in with it instead.`
      )
    }
    return new StepResponse<ValidatedInvite>({
      invite_id: invite.id,
      producer_id: invite.producer.id,
      email: invite.email,
    })
  }
)
