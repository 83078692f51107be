import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deactivateOnboarderWorkflow } from "../../../../../workflows/accounts/deactivate-onboarder"
import { readOnboarderForOfficer } from "../../helpers"

/** An officer ends a volunteer's access; the volunteer's next request is refused. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  await deactivateOnboarderWorkflow(req.scope).run({
    input: { onboarder_id: req.params.id },
  })
  const onboarder = await readOnboarderForOfficer(req, req.params.id)
  res.json({ onboarder })
}
