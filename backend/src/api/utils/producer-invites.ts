import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Inviter } from "../../domain/account-rights"
import { inviteState } from "../../utils/invite-token"
import { inviteLink } from "../../utils/public-links"
import { createProducerInviteWorkflow } from "../../workflows/onboarding/create-producer-invite"

/** The invites sent for a producer (never their tokens) and whether each was used. */
export async function respondWithProducerInvites(
  req: MedusaRequest,
  res: MedusaResponse,
  producerId: string
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: invites } = await query.graph({
    entity: "producer_invite",
    fields: ["id", "email", "expires_at", "accepted_at", "created_at"],
    filters: { producer_id: producerId },
    pagination: { order: { created_at: "DESC" } },
  })
  res.json({
    invites: invites.map((invite) => ({
      ...invite,
      state: inviteState(invite),
    })),
  })
}

/**
 * Creates a single-use link, valid for a week, with which a producer's member sets a password,
 * and answers with it. The token is in this answer only; the database keeps its hash.
 */
export async function respondWithNewInvite(
  req: MedusaRequest,
  res: MedusaResponse,
  invite: {
    producerId: string
    email: string
    inviter: Inviter
    inviterId: string
  }
) {
  const { result } = await createProducerInviteWorkflow(req.scope).run({
    input: {
      producer_id: invite.producerId,
      email: invite.email,
      invited_by_type: invite.inviter,
      invited_by_id: invite.inviterId,
    },
  })
  res.json({
    invite: {
      url: inviteLink(result.token),
      expires_at: new Date(result.expires_at).toISOString(),
    },
  })
}
