import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { deactivateOnboarderWorkflow } from "../../../../../workflows/accounts/deactivate-onboarder"
import { ONBOARDER_FIELDS } from "../../query-config"

/** An officer ends a volunteer's access; the volunteer's next request is refused. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  await deactivateOnboarderWorkflow(req.scope).run({
    input: { onboarder_id: req.params.id },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [onboarder],
  } = await query.graph({
    entity: "onboarder",
    fields: ONBOARDER_FIELDS,
    filters: { id: req.params.id },
  })
  res.json({ onboarder })
}
