import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resolveOnboarder } from "../helpers"

/** The signed-in volunteer: name, team, village, phone. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ onboarder: await resolveOnboarder(req) })
}
