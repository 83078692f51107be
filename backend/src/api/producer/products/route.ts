import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type {
  PortalProductListResponse,
  PortalProductResponse,
} from "../../../types/producer-portal/http"
import { createProducerProductWorkflow } from "../../../workflows/producer/create-producer-product"
import {
  listPortalProducts,
  resolveProducerScope,
  retrievePortalProduct,
} from "../helpers"
import type { PortalCreateProductType } from "../validators"

/** The member's own products, with variants, prices, stock, certificate and listings. */
export const GET = async (
  req: MedusaRequest,
  res: MedusaResponse<PortalProductListResponse>
) => {
  const scope = await resolveProducerScope(req)
  const products = await listPortalProducts(req.scope, scope)
  res.json({ products, count: products.length })
}

/** Adds a product for the member's producer. */
export const POST = async (
  req: MedusaRequest<PortalCreateProductType>,
  res: MedusaResponse<PortalProductResponse>
) => {
  const scope = await resolveProducerScope(req)
  const { result } = await createProducerProductWorkflow(req.scope).run({
    input: { ...req.validatedBody, producer_id: scope.producer.id },
  })
  res.json({
    product: await retrievePortalProduct(req.scope, scope, result.id),
  })
}
