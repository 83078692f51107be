import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  respondWithNewInvite,
  respondWithProducerInvites,
} from "../../../../utils/producer-invites"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { assertProducerExists } from "../../helpers"
import type { AdminCreateProducerInviteType } from "../../validators"

/** The invites sent for this producer, by volunteers and officers. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  await assertProducerExists(query, req.params.id)
  await respondWithProducerInvites(req, res, req.params.id)
}

/** An officer invites a member; after verification only officers may. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateProducerInviteType>,
  res: MedusaResponse
) => {
  await respondWithNewInvite(req, res, {
    producerId: req.params.id,
    email: req.validatedBody.email,
    inviter: "officer",
    inviterId: req.auth_context.actor_id,
  })
}
