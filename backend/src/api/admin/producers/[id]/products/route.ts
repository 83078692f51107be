import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { linkProductsToProducerWorkflow } from "../../../../../workflows/producer/link-products-to-producer"
import { refetchAdminProducer } from "../../helpers"
import type { AdminLinkProducerProductsType } from "../../validators"

/** Makes this producer the producer of the given products. */
export const POST = async (
  req: MedusaRequest<AdminLinkProducerProductsType>,
  res: MedusaResponse
) => {
  await linkProductsToProducerWorkflow(req.scope).run({
    input: { producer_id: req.params.id, product_ids: req.validatedBody.add },
  })
  res.json({ producer: await refetchAdminProducer(req.scope, req.params.id) })
}
