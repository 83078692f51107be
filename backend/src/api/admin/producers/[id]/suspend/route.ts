import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { suspendProducerWorkflow } from "../../../../../workflows/producer-lifecycle/suspend-producer"
import { refetchAdminProducer } from "../../helpers"
import type { AdminSuspendProducerType } from "../../validators"

/** An officer suspends a verified producer with a reason: its products leave the storefront. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSuspendProducerType>,
  res: MedusaResponse
) => {
  await suspendProducerWorkflow(req.scope).run({
    input: {
      producer_id: req.params.id,
      actor_type: "user",
      actor_id: req.auth_context.actor_id,
      note: req.validatedBody.reason,
    },
  })
  res.json({ producer: await refetchAdminProducer(req.scope, req.params.id) })
}
