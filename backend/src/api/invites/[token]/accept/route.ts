import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptProducerInviteWorkflow } from "../../../../workflows/onboarding/accept-producer-invite"
import { findOpenInvite } from "../../helpers"
import type { AcceptInviteType } from "../../validators"

/**
 * Sets the invited member's password: afterwards `POST /auth/producer/emailpass` with the
 * invite's email and this password signs in to the portal.
 */
export const POST = async (
  req: MedusaRequest<AcceptInviteType>,
  res: MedusaResponse
) => {
  const invite = await findOpenInvite(req, res)
  if (!invite) {
    return
  }
  const { result } = await acceptProducerInviteWorkflow(req.scope).run({
    input: {
      token: req.params.token,
      password: req.validatedBody.password,
      name: req.validatedBody.name,
    },
  })
  res.json({
    member: { id: result.member_id, email: result.email },
    producer: { id: result.producer_id, name: invite.producer.name },
  })
}
