import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export type RemoveProducerMemberStepInput = {
  producer_id: string
  member_id: string
}

export const removeProducerMemberStepId = "remove-producer-member"

/**
 * Removes a member of that producer (a member of another producer is "not found"). The row is
 * soft-deleted, so the member's tokens stop resolving at once; compensation restores it.
 */
export const removeProducerMemberStep = createStep(
  removeProducerMemberStepId,
  async (input: RemoveProducerMemberStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [member],
    } = await query.graph({
      entity: "producer_member",
      fields: ["id", "email", "producer_id"],
      filters: { id: input.member_id, producer_id: input.producer_id },
    })
    if (!member) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `This producer has no member with id: ${input.member_id}`
      )
    }
    const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    await service.softDeleteProducerMembers(member.id)
    return new StepResponse(
      { id: member.id as string, email: member.email as string },
      member.id as string
    )
  },
  async (memberId, { container }) => {
    if (!memberId) {
      return
    }
    const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    await service.restoreProducerMembers(memberId)
  }
)
