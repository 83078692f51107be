import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { ShareSource, SharedPage } from "../../types/sharing/module"
import { findSharedPageStep } from "./steps/find-shared-page"
import { recordShareVisitStep } from "./steps/record-share-visit"

export type RecordShareVisitWorkflowInput = {
  page: SharedPage
  handle: string | null
  source: ShareSource
}

export const recordShareVisitWorkflowId = "record-share-visit"

/** Counts a page opened from a shared link, for the producer whose page it is. */
export const recordShareVisitWorkflow = createWorkflow(
  recordShareVisitWorkflowId,
  (input: RecordShareVisitWorkflowInput) => {
    const owner = findSharedPageStep(
      transform({ input }, ({ input }) => ({
        page: input.page,
        handle: input.handle,
      }))
    )
    const visit = recordShareVisitStep(
      transform({ input, owner }, ({ input, owner }) => ({
        source: input.source,
        page: input.page,
        ...owner,
      }))
    )
    return new WorkflowResponse(visit)
  }
)
