import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { promotionCodeRefusal } from "../../domain/promotion-codes"

/**
 * Refuses (400) the first of `codes` that exists but is not live at `now`. Unknown codes are
 * left to Medusa, which refuses them with its own message.
 */
export async function refuseUnusableCodes(
  container: MedusaContainer,
  codes: string[],
  now: Date
) {
  if (!codes.length) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: promotions } = await query.graph({
    entity: "promotion",
    fields: ["code", "status", "campaign.starts_at", "campaign.ends_at"],
    filters: { code: codes },
  })
  for (const promotion of promotions) {
    const refusal = promotionCodeRefusal(
      {
        code: promotion.code as string,
        status: promotion.status as string,
        campaign: promotion.campaign,
      },
      now
    )
    if (refusal) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
    }
  }
}
