import { emitEventStep } from "@medusajs/medusa/core-flows"
import { transform } from "@medusajs/framework/workflows-sdk"
import { MarketEvents } from "../../types/events"
import type { ProducerAction } from "../../utils/producer-lifecycle"
import { applyListingStatusStep } from "../visibility/steps/apply-listing-status"
import { recordProducerStatusChangeStep } from "./steps/record-producer-status-change"
import { setProducerStatusStep } from "./steps/set-producer-status"
import { validateProducerTransitionStep } from "./steps/validate-producer-transition"

/** Who moves a producer and why; `note` is the suspension reason or an officer's remark. */
export type ProducerTransitionInput = {
  producer_id: string
  actor_type: string
  actor_id: string
  note?: string | null
}

/**
 * The steps every lifecycle workflow shares, composed inside each one: check the move, change
 * the status, record who/when/why, and announce it so the storefront revalidates and search
 * re-indexes the producer's products, whose stored status follows the producer's
 * (domain/visibility.ts).
 */
export function composeProducerTransition(
  input: ProducerTransitionInput,
  action: ProducerAction,
  // Further checks that only make sense once the move itself is allowed (submit's checklist).
  afterValidation?: () => void
) {
  const transition = validateProducerTransitionStep(
    transform({ input }, ({ input }) => ({
      producer_id: input.producer_id,
      action,
      note: input.note,
    }))
  )
  afterValidation?.()
  const producer = setProducerStatusStep(transition)
  applyListingStatusStep(
    transform({ transition }, ({ transition }) => ({
      product_ids: transition.product_ids,
    }))
  )
  recordProducerStatusChangeStep(
    transform({ input, transition }, ({ input, transition }) => ({
      producer_id: input.producer_id,
      from_status: transition.from,
      to_status: transition.to,
      actor_type: input.actor_type,
      actor_id: input.actor_id,
      note: input.note,
    }))
  )
  emitEventStep({
    eventName: MarketEvents.PRODUCER_UPDATED,
    data: transform({ transition }, ({ transition }) => ({
      id: transition.producer_id,
      product_ids: transition.product_ids,
    })),
  })
  return producer
}
