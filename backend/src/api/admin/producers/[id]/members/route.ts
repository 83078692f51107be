import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { assertProducerExists } from "../../helpers"

/** The people who sign in to the portal for this producer. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  await assertProducerExists(query, req.params.id)
  const { data: members } = await query.graph({
    entity: "producer_member",
    fields: ["id", "email", "name", "created_at"],
    filters: { producer_id: req.params.id },
    pagination: { order: { created_at: "ASC" } },
  })
  res.json({ members })
}
