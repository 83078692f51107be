import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SHARING_MODULE } from "../../../modules/sharing"
import type SharingModuleService from "../../../modules/sharing/service"
import type { ShareSource, SharedPage } from "../../../types/sharing/module"

export const recordShareVisitStepId = "record-share-visit"

export type RecordShareVisitStepInput = {
  source: ShareSource
  page: SharedPage
  product_id: string | null
  producer_id: string | null
}

/** Stores one visit as its own row; compensation removes it. */
export const recordShareVisitStep = createStep(
  recordShareVisitStepId,
  async (input: RecordShareVisitStepInput, { container }) => {
    const service = container.resolve<SharingModuleService>(SHARING_MODULE)
    const visit = await service.createShareVisits({
      ...input,
      visited_at: new Date(),
    })
    return new StepResponse(visit, visit.id)
  },
  async (visitId, { container }) => {
    if (!visitId) {
      return
    }
    const service = container.resolve<SharingModuleService>(SHARING_MODULE)
    await service.deleteShareVisits(visitId)
  }
)
