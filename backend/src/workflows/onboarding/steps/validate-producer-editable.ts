import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

const EDITABLE = ["draft", "submitted"]

export const validateProducerEditableStepId = "validate-producer-editable"

/**
 * A volunteer edits a producer only until an officer verifies it; from then on the producer's
 * own members and the officers own the live data. Refused with 403.
 */
export const validateProducerEditableStep = createStep(
  validateProducerEditableStepId,
  async (input: { producer_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: producers } = await query.graph({
      entity: "producer",
      fields: ["id", "status"],
      filters: { id: input.producer_id },
    })
    const producer = producers[0]
    if (!producer) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Producer with id: ${input.producer_id} was not found`
      )
    }
    if (!EDITABLE.includes(producer.status)) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        `This producer is ${producer.status}: its members and the commune officers now keep its details. You can still send an invite.`
      )
    }
    return new StepResponse(producer.status as string)
  }
)
