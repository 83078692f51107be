import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  hashInviteToken,
  inviteRefusal,
  inviteState,
} from "../../utils/invite-token"

/**
 * The invite behind a token, or an answer already sent: 404 for an unknown token, 410 Gone
 * with `type` "invite_used" / "invite_expired" and a sentence saying what to do.
 */
export async function findOpenInvite(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: invites } = await query.graph({
    entity: "producer_invite",
    fields: ["id", "email", "expires_at", "accepted_at", "producer.name"],
    filters: { token_hash: hashInviteToken(req.params.token ?? "") },
  })
  const invite = invites[0]
  if (!invite?.producer) {
    res.status(404).json({
      type: "not_found",
      message:
        "This invite link is not valid: check that the whole link was copied.",
    })
    return null
  }
  const state = inviteState(invite)
  if (state !== "open") {
    res.status(410).json({
      type: `invite_${state}`,
      message: inviteRefusal(state),
    })
    return null
  }
  return {
    email: invite.email as string,
    expires_at: new Date(invite.expires_at).toISOString(),
    producer: { name: invite.producer.name as string },
  }
}
