import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PortalProductResponse } from "../../../../../types/producer-portal/http"
import { updateProducerProductWorkflow } from "../../../../../workflows/producer-portal/update-producer-product"
import { resolveProducerScope, retrievePortalProduct } from "../../../helpers"

/**
 * Takes an own product off the market without deleting it: past orders keep pointing at it and
 * publishing it again brings it back.
 */
export const POST = async (
  req: MedusaRequest,
  res: MedusaResponse<PortalProductResponse>
) => {
  const scope = await resolveProducerScope(req)
  await updateProducerProductWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      producer_id: scope.producer.id,
      archived: true,
    },
  })
  res.json({
    product: await retrievePortalProduct(req.scope, scope, req.params.id),
  })
}
