import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PortalMeResponse } from "../../../types/producer-portal/http"
import { resolveProducerScope } from "../helpers"

/** Who is signed in and for which producer. */
export const GET = async (
  req: MedusaRequest,
  res: MedusaResponse<PortalMeResponse>
) => {
  res.json(await resolveProducerScope(req))
}
