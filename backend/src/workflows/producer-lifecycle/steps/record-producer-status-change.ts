import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import type { ProducerStatus } from "../../../types/producer/module"

export type RecordProducerStatusChangeStepInput = {
  producer_id: string
  from_status: ProducerStatus | null
  to_status: ProducerStatus
  actor_type: string
  actor_id: string
  note?: string | null
}

export const recordProducerStatusChangeStepId = "record-producer-status-change"

/** Writes one line of the producer's audit history; compensation removes it. */
export const recordProducerStatusChangeStep = createStep(
  recordProducerStatusChangeStepId,
  async (input: RecordProducerStatusChangeStepInput, { container }) => {
    const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const change = await service.createProducerStatusChanges({
      ...input,
      note: input.note?.trim() || null,
    })
    return new StepResponse(change, change.id)
  },
  async (changeId, { container }) => {
    if (!changeId) {
      return
    }
    const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    await service.deleteProducerStatusChanges(changeId)
  }
)
