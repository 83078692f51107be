import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { inviteRefusal } from "../../../utils/invite-token"

export const markInviteAcceptedStepId = "mark-invite-accepted"

/**
 * Spends the invite (single use) and notes the member it created; a second acceptance that
 * raced past validation is refused here. Compensation makes the invite usable again.
 */
export const markInviteAcceptedStep = createStep(
  markInviteAcceptedStepId,
  async (input: { invite_id: string; member_id: string }, { container }) => {
    const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const current = await service.retrieveProducerInvite(input.invite_id)
    if (current.accepted_at) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        inviteRefusal("used")
      )
    }
    const invite = await service.updateProducerInvites({
      id: input.invite_id,
      accepted_at: new Date(),
      member_id: input.member_id,
    })
    return new StepResponse(invite, input.invite_id)
  },
  async (inviteId, { container }) => {
    if (!inviteId) {
      return
    }
    const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    await service.updateProducerInvites({
      id: inviteId,
      accepted_at: null,
      member_id: null,
    })
  }
)
