import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateProducerWorkflow } from "../../../../workflows/producer/update-producer"
import { refetchAdminProducer } from "../helpers"
import type { AdminUpdateProducerType } from "../validators"

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ producer: await refetchAdminProducer(req.scope, req.params.id) })
}

/** Updates details or status (verify, suspend). */
export const POST = async (
  req: MedusaRequest<AdminUpdateProducerType>,
  res: MedusaResponse
) => {
  await updateProducerWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id },
  })
  res.json({ producer: await refetchAdminProducer(req.scope, req.params.id) })
}
