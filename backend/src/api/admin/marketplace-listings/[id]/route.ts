import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteMarketplaceListingWorkflow } from "../../../../workflows/marketplace/delete-marketplace-listing"

export const DELETE = async (req: MedusaRequest, res: MedusaResponse) => {
  const { result } = await deleteMarketplaceListingWorkflow(req.scope).run({
    input: { id: req.params.id },
  })
  res.json(result)
}
