import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listProducerHistory } from "../../helpers"

/** The producer's audit history, oldest first: every status change with who, when and why. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const history = await listProducerHistory(query, req.params.id)
  res.json({ history, count: history.length })
}
