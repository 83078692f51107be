import type {
  AuthenticatedMedusaRequest,
  MedusaRequest,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * The row of the actor a token was issued to (a producer member, a volunteer), read by the id
 * the token carries. Null when the token has no actor or its row was removed since, so each
 * actor's routes refuse with their own sign-in message.
 */
export async function readSignedInActor<Row>(
  req: MedusaRequest,
  entity: string,
  fields: string[]
): Promise<Row | null> {
  const actorId = (req as AuthenticatedMedusaRequest).auth_context?.actor_id
  if (!actorId) {
    return null
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity,
    fields,
    filters: { id: actorId },
  })
  return (data[0] as Row | undefined) ?? null
}
