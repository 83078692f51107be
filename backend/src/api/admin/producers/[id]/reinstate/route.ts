import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { reinstateProducerWorkflow } from "../../../../../workflows/producer-lifecycle/reinstate-producer"
import { refetchAdminProducer } from "../../helpers"
import type { AdminVerifyProducerType } from "../../validators"

/** An officer lifts a suspension: the producer is verified again and its products return. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminVerifyProducerType>,
  res: MedusaResponse
) => {
  await reinstateProducerWorkflow(req.scope).run({
    input: {
      producer_id: req.params.id,
      actor_type: "user",
      actor_id: req.auth_context.actor_id,
      note: req.validatedBody.note,
    },
  })
  res.json({ producer: await refetchAdminProducer(req.scope, req.params.id) })
}
