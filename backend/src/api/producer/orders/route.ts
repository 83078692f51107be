import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PortalOrderListResponse } from "../../../types/producer-portal/http"
import { resolveProducerScope } from "../helpers"
import { listProducerOrders } from "./helpers"

/** Orders with the producer's products, showing only its own lines and the shipping address. */
export const GET = async (
  req: MedusaRequest,
  res: MedusaResponse<PortalOrderListResponse>
) => {
  const scope = await resolveProducerScope(req)
  const orders = await listProducerOrders(req.scope, scope.producer.id)
  res.json({ orders, count: orders.length })
}
