import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { upsertOcopCertificateWorkflow } from "../../../../../workflows/ocop/upsert-ocop-certificate"
import type { AdminUpsertOcopCertificateType } from "../../validators"

/** Sets the product's OCOP certificate (creates it or replaces its details). */
export const POST = async (
  req: MedusaRequest<AdminUpsertOcopCertificateType>,
  res: MedusaResponse
) => {
  const { result } = await upsertOcopCertificateWorkflow(req.scope).run({
    input: { ...req.validatedBody, product_id: req.params.id },
  })
  res.json({ ocop_certificate: result })
}
