import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PortalProductResponse } from "../../../../../../types/producer-portal/http"
import { removeProducerListingWorkflow } from "../../../../../../workflows/producer-portal/remove-producer-listing"
import { updateProducerListingWorkflow } from "../../../../../../workflows/producer-portal/update-producer-listing"
import {
  resolveProducerScope,
  retrievePortalProduct,
} from "../../../../helpers"
import type { PortalUpdateListingType } from "../../../../validators"

/** Points a listing of an own product at a new page on the same marketplace. */
export const POST = async (
  req: MedusaRequest<PortalUpdateListingType>,
  res: MedusaResponse<PortalProductResponse>
) => {
  const scope = await resolveProducerScope(req)
  await updateProducerListingWorkflow(req.scope).run({
    input: {
      url: req.validatedBody.url,
      producer_id: scope.producer.id,
      product_id: req.params.id,
      listing_id: req.params.listing_id,
    },
  })
  res.json({
    product: await retrievePortalProduct(req.scope, scope, req.params.id),
  })
}

export const DELETE = async (
  req: MedusaRequest,
  res: MedusaResponse<PortalProductResponse>
) => {
  const scope = await resolveProducerScope(req)
  await removeProducerListingWorkflow(req.scope).run({
    input: {
      producer_id: scope.producer.id,
      product_id: req.params.id,
      listing_id: req.params.listing_id,
    },
  })
  res.json({
    product: await retrievePortalProduct(req.scope, scope, req.params.id),
  })
}
