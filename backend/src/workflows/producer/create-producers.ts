import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { CreateProducerDTO } from "../../types/producer/module"
import { MarketEvents } from "../../types/events"
import { createProducersStep } from "./steps/create-producers"
import { validateProducersStep } from "./steps/validate-producers"

export type CreateProducersWorkflowInput = {
  producers: CreateProducerDTO[]
}

export const createProducersWorkflowId = "create-producers"

/** Registers producers (phone → E.164, unique handles) and announces them. */
export const createProducersWorkflow = createWorkflow(
  createProducersWorkflowId,
  (input: CreateProducersWorkflowInput) => {
    const validated = validateProducersStep(input.producers)
    const producers = createProducersStep(
      validated as unknown as CreateProducerDTO[]
    )

    const events = transform({ producers }, ({ producers }) =>
      producers.map((producer) => ({ id: producer.id }))
    )
    emitEventStep({ eventName: MarketEvents.PRODUCER_CREATED, data: events })

    return new WorkflowResponse(producers)
  }
)
