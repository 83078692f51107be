import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The tech-team volunteers, for the admin's "onboarded by" filter. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: onboarders } = await query.graph({
    entity: "onboarder",
    fields: ["id", "name", "email", "team", "village", "phone", "producers.id"],
    pagination: { order: { name: "ASC" } },
  })
  res.json({
    onboarders: onboarders.map(({ producers, ...onboarder }) => ({
      ...onboarder,
      producer_count: (producers ?? []).filter(Boolean).length,
    })),
    count: onboarders.length,
  })
}
