import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { verifyProducerWorkflow } from "../../../../../workflows/producer-lifecycle/verify-producer"
import { refetchAdminProducer } from "../../helpers"
import type { AdminVerifyProducerType } from "../../validators"

/** An officer verifies a submitted or suspended producer: its published products go live. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminVerifyProducerType>,
  res: MedusaResponse
) => {
  await verifyProducerWorkflow(req.scope).run({
    input: {
      producer_id: req.params.id,
      actor_type: "user",
      actor_id: req.auth_context.actor_id,
      note: req.validatedBody.note,
    },
  })
  res.json({ producer: await refetchAdminProducer(req.scope, req.params.id) })
}
