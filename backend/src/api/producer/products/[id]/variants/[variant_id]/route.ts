import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PortalProductResponse } from "../../../../../../types/producer-portal/http"
import { updateProducerVariantWorkflow } from "../../../../../../workflows/producer-portal/update-producer-variant"
import {
  resolveProducerScope,
  retrievePortalProduct,
} from "../../../../helpers"
import type { PortalUpdateVariantType } from "../../../../validators"

/** Sets the VND price and/or stock of a variant of an own product. */
export const POST = async (
  req: MedusaRequest<PortalUpdateVariantType>,
  res: MedusaResponse<PortalProductResponse>
) => {
  const scope = await resolveProducerScope(req)
  await updateProducerVariantWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      producer_id: scope.producer.id,
      product_id: req.params.id,
      variant_id: req.params.variant_id,
    },
  })
  res.json({
    product: await retrievePortalProduct(req.scope, scope, req.params.id),
  })
}
