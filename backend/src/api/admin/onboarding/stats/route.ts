import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { summarizeOnboarding } from "../../../../utils/onboarding-stats"
import { listVisibleProductsByProducer } from "../../../../domain/visibility"

/**
 * The figures the commune reports upward: per village and per volunteer, producers by status,
 * live products (the visibility rule's count), invites sent and accepted.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: producers }, { data: invites }, { data: onboarders }] =
    await Promise.all([
      query.graph({
        entity: "producer",
        fields: ["id", "status", "village", "onboarder_id"],
      }),
      query.graph({
        entity: "producer_invite",
        fields: ["id", "producer_id", "accepted_at"],
      }),
      query.graph({
        entity: "onboarder",
        fields: ["id", "name", "team", "village"],
      }),
    ])
  const live = await listVisibleProductsByProducer(query)
  res.json({
    stats: summarizeOnboarding({
      producers,
      invites,
      onboarders,
      liveProductCounts: new Map(
        [...live.entries()].map(([id, products]) => [id, products.length])
      ),
    }),
  })
}
