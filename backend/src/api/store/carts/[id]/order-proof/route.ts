import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { readMarketEnv } from "../../../../../config/env"
import { signOrderProof } from "../../../../../utils/order-proof"

/**
 * POST /store/carts/:id/order-proof — the shopper who just completed a cart gets a proof for
 * its order. The cart id is the buyer's own secret (kept in their cookie, never in a URL), so
 * holding it is as good as knowing the order's number and contact.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: ["id", "completed_at", "order.id"],
    filters: { id: req.params.id },
  })
  const orderId = cart?.completed_at ? cart.order?.id : undefined
  if (!orderId) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "No completed order for this cart"
    )
  }
  res.json({
    order: { id: orderId },
    proof: signOrderProof(orderId, readMarketEnv().JWT_SECRET),
  })
}
