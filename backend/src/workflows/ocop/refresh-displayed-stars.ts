import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { MarketEvents, type MarketEventData } from "../../types/events"
import { refreshDisplayedStarsStep } from "./steps/refresh-displayed-stars"

export const refreshDisplayedStarsWorkflowId = "refresh-displayed-stars"

/**
 * Brings the stored stars of every certificate up to date with the clock, and announces each
 * change with the event an officer's edit emits, so search and the storefront follow.
 */
export const refreshDisplayedStarsWorkflow = createWorkflow(
  refreshDisplayedStarsWorkflowId,
  (input: { now: Date }) => {
    const changes = refreshDisplayedStarsStep(input)
    emitEventStep({
      eventName: MarketEvents.OCOP_CERTIFICATE_UPDATED,
      data: transform({ changes }, ({ changes }) =>
        changes.map((change): MarketEventData => ({
          id: change.id,
          product_ids: change.product_id ? [change.product_id] : [],
        }))
      ),
    })
    return new WorkflowResponse(changes)
  }
)
