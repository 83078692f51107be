import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ONBOARDER_FIELDS } from "./query-config"

/** A volunteer as officers see it, read again after a change. */
export async function readOnboarderForOfficer(req: MedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [onboarder],
  } = await query.graph({
    entity: "onboarder",
    fields: ONBOARDER_FIELDS,
    filters: { id },
  })
  return onboarder
}
