import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export type CreateProducerMemberStepInput = {
  producer_id: string
  email: string
  name?: string | null
}

export const createProducerMemberStepId = "create-producer-member"

/** Creates one portal member of a producer; compensation deletes it. */
export const createProducerMemberStep = createStep(
  createProducerMemberStepId,
  async (input: CreateProducerMemberStepInput, { container }) => {
    const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const member = await service.createProducerMembers({
      email: input.email.trim().toLowerCase(),
      name: input.name ?? null,
      producer_id: input.producer_id,
    })
    return new StepResponse(member, member.id)
  },
  async (memberId, { container }) => {
    if (!memberId) {
      return
    }
    const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    await service.deleteProducerMembers(memberId)
  }
)
