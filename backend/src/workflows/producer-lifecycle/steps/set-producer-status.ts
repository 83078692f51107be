import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import type { ProducerStatus } from "../../../types/producer/module"

export type SetProducerStatusStepInput = {
  producer_id: string
  from: ProducerStatus
  to: ProducerStatus
}

export const setProducerStatusStepId = "set-producer-status"

/** Moves a producer to its new status; compensation puts the previous one back. */
export const setProducerStatusStep = createStep(
  setProducerStatusStepId,
  async (input: SetProducerStatusStepInput, { container }) => {
    const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const producer = await service.updateProducers({
      id: input.producer_id,
      status: input.to,
    })
    return new StepResponse(producer, {
      id: input.producer_id,
      status: input.from,
    })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    await service.updateProducers(previous)
  }
)
