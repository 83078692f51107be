import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { MarketEvents } from "../../types/events"
import type {
  ConsentMethod,
  CreateProducerDTO,
  ProducerKind,
} from "../../types/producer/module"
import { recordProducerStatusChangeStep } from "../producer-lifecycle/steps/record-producer-status-change"
import { createProducersStep } from "../producer/steps/create-producers"
import { validateProducersStep } from "../producer/steps/validate-producers"

export type CreateOnboardedProducerWorkflowInput = {
  onboarder_id: string
  handle: string
  name: string
  kind: ProducerKind
  phone: string
  consent: { given_by: string; method: ConsentMethod }
  village?: string | null
  ward?: string | null
  province?: string | null
  story_vi?: string | null
  story_en?: string | null
  photos?: string[] | null
}

export const createOnboardedProducerWorkflowId = "create-onboarded-producer"

/**
 * A volunteer registers a producer on its behalf, as a draft, with the producer's consent
 * stamped now by the server; the first line of its audit history says who created it.
 */
export const createOnboardedProducerWorkflow = createWorkflow(
  createOnboardedProducerWorkflowId,
  (input: CreateOnboardedProducerWorkflowInput) => {
    const validated = validateProducersStep(
      transform({ input }, ({ input }) => {
        const { consent, ...fields } = input
        const producer: CreateProducerDTO = {
          ...fields,
          status: "draft",
          consent_given_by: consent.given_by,
          consent_method: consent.method,
          consent_at: new Date(),
        }
        return [producer]
      })
    )
    const producers = createProducersStep(
      validated as unknown as CreateProducerDTO[]
    )
    const producer = transform({ producers }, ({ producers }) => producers[0])

    recordProducerStatusChangeStep(
      transform({ input, producer }, ({ input, producer }) => ({
        producer_id: producer.id,
        from_status: null,
        to_status: "draft" as const,
        actor_type: "onboarder",
        actor_id: input.onboarder_id,
        note: null,
      }))
    )
    emitEventStep({
      eventName: MarketEvents.PRODUCER_CREATED,
      data: transform({ producer }, ({ producer }) => ({ id: producer.id })),
    })
    return new WorkflowResponse(producer)
  }
)
