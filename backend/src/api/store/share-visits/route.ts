import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordShareVisitWorkflow } from "../../../workflows/sharing/record-share-visit"
import type { StoreRecordShareVisitType } from "./validators"

/**
 * Counts a page opened from a shared link. The storefront calls it from a beacon, so cached
 * pages stay cached; a hidden product or producer is 404, as it is everywhere for shoppers.
 */
export const POST = async (
  req: MedusaRequest<StoreRecordShareVisitType>,
  res: MedusaResponse<{ recorded: true }>
) => {
  const { page, handle, source } = req.validatedBody
  await recordShareVisitWorkflow(req.scope).run({
    input: { page, handle: handle ?? null, source },
  })
  res.status(201).json({ recorded: true })
}
