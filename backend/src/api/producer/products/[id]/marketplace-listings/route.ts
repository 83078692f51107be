import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PortalProductResponse } from "../../../../../types/producer-portal/http"
import { addProducerListingWorkflow } from "../../../../../workflows/producer-portal/add-producer-listing"
import { resolveProducerScope, retrievePortalProduct } from "../../../helpers"
import type { PortalCreateListingType } from "../../../validators"

/** Adds a voso.vn / postmart.vn link to an own product; a wrong URL is a 400 with the reason. */
export const POST = async (
  req: MedusaRequest<PortalCreateListingType>,
  res: MedusaResponse<PortalProductResponse>
) => {
  const scope = await resolveProducerScope(req)
  await addProducerListingWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      producer_id: scope.producer.id,
      product_id: req.params.id,
    },
  })
  res.json({
    product: await retrievePortalProduct(req.scope, scope, req.params.id),
  })
}
