import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createMarketplaceListingWorkflow } from "../../../../../workflows/marketplace/create-marketplace-listing"
import type { AdminCreateMarketplaceListingType } from "../../validators"

/** Adds a voso.vn / postmart.vn listing to the product; a wrong URL is a 400 with the reason. */
export const POST = async (
  req: MedusaRequest<AdminCreateMarketplaceListingType>,
  res: MedusaResponse
) => {
  const { result } = await createMarketplaceListingWorkflow(req.scope).run({
    input: { ...req.validatedBody, product_id: req.params.id },
  })
  res.json({ marketplace_listing: result })
}
