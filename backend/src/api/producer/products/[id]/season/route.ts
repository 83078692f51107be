import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PortalProductResponse } from "../../../../../types/producer-portal/http"
import { setProducerProductSeasonWorkflow } from "../../../../../workflows/harvest/set-producer-product-season"
import type { ProductSeasonType } from "../../../../utils/product-fields"
import { resolveProducerScope, retrievePortalProduct } from "../../../helpers"

/** Sets when an own product is in season: all year (with its best months) or its harvest months. */
export const POST = async (
  req: MedusaRequest<ProductSeasonType>,
  res: MedusaResponse<PortalProductResponse>
) => {
  const scope = await resolveProducerScope(req)
  await setProducerProductSeasonWorkflow(req.scope).run({
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
