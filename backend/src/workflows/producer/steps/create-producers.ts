import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import type { CreateProducerDTO } from "../../../types/producer/module"

export const createProducersStepId = "create-producers"

/** Creates producers; compensation deletes them again. */
export const createProducersStep = createStep(
  createProducersStepId,
  async (data: CreateProducerDTO[], { container }) => {
    const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const producers = await service.createProducers(data)
    return new StepResponse(
      producers,
      producers.map((producer) => producer.id)
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) {
      return
    }
    const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    await service.deleteProducers(createdIds)
  }
)
