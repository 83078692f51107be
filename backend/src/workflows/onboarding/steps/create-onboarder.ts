import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export type CreateOnboarderStepInput = {
  email: string
  name: string
  team?: string | null
  village?: string | null
  phone?: string | null
}

export const createOnboarderStepId = "create-onboarder"

/** Creates one tech-team volunteer; compensation deletes it. */
export const createOnboarderStep = createStep(
  createOnboarderStepId,
  async (input: CreateOnboarderStepInput, { container }) => {
    const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const onboarder = await service.createOnboarders({
      email: input.email.trim().toLowerCase(),
      name: input.name,
      team: input.team ?? null,
      village: input.village ?? null,
      phone: input.phone ?? null,
    })
    return new StepResponse(onboarder, onboarder.id)
  },
  async (onboarderId, { container }) => {
    if (!onboarderId) {
      return
    }
    const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    await service.deleteOnboarders(onboarderId)
  }
)
