import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readMarketEnv } from "../../../../../config/env"
import { createProducerInviteWorkflow } from "../../../../../workflows/onboarding/create-producer-invite"
import { inviteState } from "../../../../../utils/invite-token"
import { resolveOnboarder, retrieveOwnedProducer } from "../../../helpers"
import type { OnboardingCreateInviteType } from "../../../validators"

/** The invites sent for this producer (never their tokens) and whether each was used. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const onboarder = await resolveOnboarder(req)
  await retrieveOwnedProducer(req, onboarder, req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: invites } = await query.graph({
    entity: "producer_invite",
    fields: ["id", "email", "expires_at", "accepted_at", "created_at"],
    filters: { producer_id: req.params.id },
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
 * A single-use link, valid for a week, with which the producer's member sets a password. The
 * token is in this answer only; the database keeps its hash.
 */
export const POST = async (
  req: MedusaRequest<OnboardingCreateInviteType>,
  res: MedusaResponse
) => {
  const onboarder = await resolveOnboarder(req)
  await retrieveOwnedProducer(req, onboarder, req.params.id)
  const { result } = await createProducerInviteWorkflow(req.scope).run({
    input: {
      producer_id: req.params.id,
      email: req.validatedBody.email,
      invited_by_type: "onboarder",
      invited_by_id: onboarder.id,
    },
  })
  const storefront = readMarketEnv().STOREFRONT_URL.replace(/\/+$/, "")
  res.json({
    invite: {
      url: `${storefront}/vi/portal/invite/${result.token}`,
      expires_at: new Date(result.expires_at).toISOString(),
    },
  })
}
