import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  checklistOf,
  resolveOnboarder,
  retrieveOwnedProducer,
} from "../../../helpers"

/** What is done and what is missing: required items block submitting, recommended ones do not. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const onboarder = await resolveOnboarder(req)
  await retrieveOwnedProducer(req, onboarder, req.params.id)
  res.json({ checklist: await checklistOf(req.scope, req.params.id) })
}
