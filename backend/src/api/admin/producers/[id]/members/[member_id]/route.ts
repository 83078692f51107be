import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeProducerMemberWorkflow } from "../../../../../../workflows/accounts/remove-producer-member"

/** An officer removes a member; the member's next request is refused. */
export const DELETE = async (req: MedusaRequest, res: MedusaResponse) => {
  const { result } = await removeProducerMemberWorkflow(req.scope).run({
    input: { producer_id: req.params.id, member_id: req.params.member_id },
  })
  res.json({ id: result.id, object: "producer_member", deleted: true })
}
