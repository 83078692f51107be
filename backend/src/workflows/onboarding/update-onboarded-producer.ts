import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { MarketEvents } from "../../types/events"
import type {
  ConsentMethod,
  UpdateProducerDTO,
} from "../../types/producer/module"
import { updateProducerStep } from "../producer/steps/update-producer"
import { validateProducersStep } from "../producer/steps/validate-producers"
import { validateProducerEditableStep } from "./steps/validate-producer-editable"

export type UpdateOnboardedProducerWorkflowInput = Omit<
  UpdateProducerDTO,
  "status" | "handle" | "onboarder_id" | "consent_at"
> & {
  consent?: { given_by: string; method: ConsentMethod }
}

export const updateOnboardedProducerWorkflowId = "update-onboarded-producer"

/** A volunteer saves one step of the wizard, while the producer is a draft or submitted. */
export const updateOnboardedProducerWorkflow = createWorkflow(
  updateOnboardedProducerWorkflowId,
  (input: UpdateOnboardedProducerWorkflowInput) => {
    validateProducerEditableStep(
      transform({ input }, ({ input }) => ({ producer_id: input.id }))
    )
    const validated = validateProducersStep(
      transform({ input }, ({ input }) => {
        const { consent, ...fields } = input
        const update: UpdateProducerDTO = consent
          ? {
              ...fields,
              consent_given_by: consent.given_by,
              consent_method: consent.method,
              consent_at: new Date(),
            }
          : fields
        return [update]
      })
    )
    const producer = updateProducerStep(
      transform(
        { validated },
        ({ validated }) => validated[0] as UpdateProducerDTO
      )
    )
    emitEventStep({
      eventName: MarketEvents.PRODUCER_UPDATED,
      data: transform({ producer }, ({ producer }) => ({ id: producer.id })),
    })
    return new WorkflowResponse(producer)
  }
)
