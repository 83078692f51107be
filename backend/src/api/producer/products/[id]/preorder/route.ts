import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PortalProductResponse } from "../../../../../types/producer-portal/http"
import { setProducerProductPreorderWorkflow } from "../../../../../workflows/harvest/set-producer-product-preorder"
import type { ProductPreorderType } from "../../../../utils/product-fields"
import { resolveProducerScope, retrievePortalProduct } from "../../../helpers"

/** Announces (or moves) the next harvest of an own product, opening it to pre-orders. */
export const POST = async (
  req: MedusaRequest<ProductPreorderType>,
  res: MedusaResponse<PortalProductResponse>
) => {
  const scope = await resolveProducerScope(req)
  await setProducerProductPreorderWorkflow(req.scope).run({
    input: {
      producer_id: scope.producer.id,
      product_id: req.params.id,
      preorder: req.validatedBody,
    },
  })
  res.json({
    product: await retrievePortalProduct(req.scope, scope, req.params.id),
  })
}

/** Stops pre-orders of an own product; orders already placed keep their ship dates. */
export const DELETE = async (
  req: MedusaRequest,
  res: MedusaResponse<PortalProductResponse>
) => {
  const scope = await resolveProducerScope(req)
  await setProducerProductPreorderWorkflow(req.scope).run({
    input: {
      producer_id: scope.producer.id,
      product_id: req.params.id,
      preorder: null,
    },
  })
  res.json({
    product: await retrievePortalProduct(req.scope, scope, req.params.id),
  })
}
