import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { UpdateProducerDTO } from "../../types/producer/module"
import { MarketEvents } from "../../types/events"
import { updateProducerStep } from "./steps/update-producer"
import { validateProducersStep } from "./steps/validate-producers"

export type UpdateProducerWorkflowInput = UpdateProducerDTO

export const updateProducerWorkflowId = "update-producer"

/** Changes a producer's details or status (officers verify and suspend through it). */
export const updateProducerWorkflow = createWorkflow(
  updateProducerWorkflowId,
  (input: UpdateProducerWorkflowInput) => {
    const { data: existing } = useQueryGraphStep({
      entity: "producer",
      fields: ["id", "products.id"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })

    const validated = validateProducersStep(
      transform({ input }, ({ input }) => [input])
    )
    const producer = updateProducerStep(
      transform(
        { validated },
        ({ validated }) => validated[0] as UpdateProducerDTO
      )
    )

    const event = transform(
      { producer, existing },
      ({ producer, existing }) => ({
        id: producer.id,
        product_ids: (existing[0]?.products ?? []).flatMap((product) =>
          product ? [product.id] : []
        ),
      })
    )
    emitEventStep({ eventName: MarketEvents.PRODUCER_UPDATED, data: event })

    return new WorkflowResponse(producer)
  }
)
