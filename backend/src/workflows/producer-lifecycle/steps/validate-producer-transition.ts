import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ProducerStatus } from "../../../types/producer/module"
import {
  checkTransition,
  type ProducerAction,
} from "../../../utils/producer-lifecycle"

export type ValidateProducerTransitionStepInput = {
  producer_id: string
  action: ProducerAction
  note?: string | null
}

export type ValidatedTransition = {
  producer_id: string
  from: ProducerStatus
  to: ProducerStatus
  product_ids: string[]
}

export const validateProducerTransitionStepId = "validate-producer-transition"

/**
 * Refuses a lifecycle move the state machine does not allow (400, with what to do instead) and
 * a suspension without a reason; returns where the producer goes and its products, whose
 * visibility changes with it.
 */
export const validateProducerTransitionStep = createStep(
  validateProducerTransitionStepId,
  async (input: ValidateProducerTransitionStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: producers } = await query.graph({
      entity: "producer",
      fields: ["id", "status", "products.id"],
      filters: { id: input.producer_id },
    })
    const producer = producers[0]
    if (!producer) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Producer with id: ${input.producer_id} was not found`
      )
    }
    if (input.action === "suspend" && !input.note?.trim()) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "reason is required: say why the producer is suspended, e.g. the certificate has expired"
      )
    }
    const from = producer.status as ProducerStatus
    const check = checkTransition(from, input.action)
    if (!check.ok) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, check.reason)
    }
    return new StepResponse<ValidatedTransition>({
      producer_id: producer.id,
      from,
      to: check.to,
      product_ids: (producer.products ?? []).flatMap((product) =>
        product ? [product.id] : []
      ),
    })
  }
)
