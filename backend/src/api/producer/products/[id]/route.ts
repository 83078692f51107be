import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PortalProductResponse } from "../../../../types/producer-portal/http"
import { updateProducerProductWorkflow } from "../../../../workflows/producer-portal/update-producer-product"
import { resolveProducerScope, retrievePortalProduct } from "../../helpers"
import type { PortalUpdateProductType } from "../../validators"

export const GET = async (
  req: MedusaRequest,
  res: MedusaResponse<PortalProductResponse>
) => {
  const scope = await resolveProducerScope(req)
  res.json({
    product: await retrievePortalProduct(req.scope, scope, req.params.id),
  })
}

/** Changes the title, subtitle, description, status or pictures of an own product. */
export const POST = async (
  req: MedusaRequest<PortalUpdateProductType>,
  res: MedusaResponse<PortalProductResponse>
) => {
  const scope = await resolveProducerScope(req)
  await updateProducerProductWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      id: req.params.id,
      producer_id: scope.producer.id,
    },
  })
  res.json({
    product: await retrievePortalProduct(req.scope, scope, req.params.id),
  })
}
