import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import type { UpdateProducerDTO } from "../../../types/producer/module"

export const updateProducerStepId = "update-producer"

/** Updates one producer; compensation puts back the fields it changed. */
export const updateProducerStep = createStep(
  updateProducerStepId,
  async (data: UpdateProducerDTO, { container }) => {
    const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const changedFields = Object.keys(data).filter((key) => key !== "id")
    const previous = await service.retrieveProducer(data.id, {
      select: ["id", ...changedFields] as never[],
    })
    const producer = await service.updateProducers(data)
    return new StepResponse(producer, previous as UpdateProducerDTO)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    await service.updateProducers(previous)
  }
)
