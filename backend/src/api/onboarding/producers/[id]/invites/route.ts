import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  respondWithNewInvite,
  respondWithProducerInvites,
} from "../../../../utils/producer-invites"
import { resolveOnboarder, retrieveOwnedProducer } from "../../../helpers"
import type { OnboardingCreateInviteType } from "../../../validators"

/** The invites sent for one of the volunteer's producers. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const onboarder = await resolveOnboarder(req)
  await retrieveOwnedProducer(req, onboarder, req.params.id)
  await respondWithProducerInvites(req, res, req.params.id)
}

/** A volunteer invites the first members of a producer it is still registering. */
export const POST = async (
  req: MedusaRequest<OnboardingCreateInviteType>,
  res: MedusaResponse
) => {
  const onboarder = await resolveOnboarder(req)
  await retrieveOwnedProducer(req, onboarder, req.params.id)
  await respondWithNewInvite(req, res, {
    producerId: req.params.id,
    email: req.validatedBody.email,
    inviter: "onboarder",
    inviterId: onboarder.id,
  })
}
