import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordListingClickWorkflow } from "../../../../../workflows/marketplace/record-listing-click"
import type { StoreRecordListingClickType } from "../../validators"

/** Counts a jump to voso.vn / postmart.vn and answers where to send the shopper. */
export const POST = async (
  req: MedusaRequest<StoreRecordListingClickType>,
  res: MedusaResponse<{ url: string }>
) => {
  const { result } = await recordListingClickWorkflow(req.scope).run({
    input: {
      listing_id: req.params.id,
      locale: req.validatedBody.locale ?? null,
      source: req.validatedBody.source ?? null,
    },
  })
  res.json({ url: result.url })
}
