import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { inviteRefusal, type Inviter } from "../../../domain/account-rights"
import type { ProducerStatus } from "../../../types/producer/module"

export const validateProducerInvitableStepId = "validate-producer-invitable"

/** Refuses an invite `inviteRefusal` does not allow for this inviter and producer status. */
export const validateProducerInvitableStep = createStep(
  validateProducerInvitableStepId,
  async (
    input: { producer_id: string; invited_by_type: Inviter },
    { container }
  ) => {
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
    const refusal = inviteRefusal(
      input.invited_by_type,
      producer.status as ProducerStatus
    )
    if (refusal) {
      throw new MedusaError(
        refusal.kind === "forbidden"
          ? MedusaError.Types.FORBIDDEN
          : MedusaError.Types.NOT_ALLOWED,
        refusal.message
      )
    }
    return new StepResponse(producer.id as string)
  }
)
