import type { Inviter } from "../../../domain/account-rights"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import {
  generateInviteToken,
  hashInviteToken,
  INVITE_TTL_MS,
} from "../../../utils/invite-token"

export type CreateProducerInviteStepInput = {
  producer_id: string
  email: string
  invited_by_type: Inviter
  invited_by_id: string
}

export const createProducerInviteStepId = "create-producer-invite"

/**
 * Stores a new invite by the hash of its token and returns the token once, for the link;
 * compensation deletes the invite.
 */
export const createProducerInviteStep = createStep(
  createProducerInviteStepId,
  async (input: CreateProducerInviteStepInput, { container }) => {
    const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const token = generateInviteToken()
    const invite = await service.createProducerInvites({
      producer_id: input.producer_id,
      email: input.email.trim().toLowerCase(),
      token_hash: hashInviteToken(token),
      expires_at: new Date(Date.now() + INVITE_TTL_MS),
      invited_by_type: input.invited_by_type,
      invited_by_id: input.invited_by_id,
    })
    return new StepResponse(
      {
        id: invite.id,
        email: invite.email,
        expires_at: invite.expires_at,
        token,
      },
      invite.id
    )
  },
  async (inviteId, { container }) => {
    if (!inviteId) {
      return
    }
    const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    await service.deleteProducerInvites(inviteId)
  }
)
