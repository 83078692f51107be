import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const validateProducerInvitableStepId = "validate-producer-invitable"

/** Invites go out in any status but suspended: a suspended producer takes no new members. */
export const validateProducerInvitableStep = createStep(
  validateProducerInvitableStepId,
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
    if (producer.status === "suspended") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This producer is suspended: no invite can be sent until a commune officer reinstates it."
      )
    }
    return new StepResponse(producer.id as string)
  }
)
