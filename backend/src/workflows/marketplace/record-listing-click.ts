import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { ShareSource } from "../../types/sharing/module"
import { findClickableListingStep } from "./steps/find-clickable-listing"
import { recordListingClickStep } from "./steps/record-listing-click"

export type RecordListingClickWorkflowInput = {
  listing_id: string
  locale?: string | null
  /** Where the shopper's visit began, when it began at a shared link. */
  source?: ShareSource | null
}

export const recordListingClickWorkflowId = "record-listing-click"

/** Counts a shopper's jump to a marketplace and returns where to send them. */
export const recordListingClickWorkflow = createWorkflow(
  recordListingClickWorkflowId,
  (input: RecordListingClickWorkflowInput) => {
    const listing = findClickableListingStep(input.listing_id)
    recordListingClickStep(
      transform({ input, listing }, ({ input, listing }) => ({
        listing_id: listing.id,
        locale: input.locale ?? null,
        source: input.source ?? null,
      }))
    )
    return new WorkflowResponse(listing)
  }
)
