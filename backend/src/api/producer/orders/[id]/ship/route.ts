import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PortalOrder } from "../../../../../types/producer-portal/http"
import { shipProducerOrderLinesWorkflow } from "../../../../../workflows/producer-portal/ship-producer-order-lines"
import { resolveProducerScope } from "../../../helpers"
import type { PortalShipOrderType } from "../../../validators"
import { listProducerOrders } from "../../helpers"

/** Marks the producer's own lines of the order shipped with a carrier and tracking number. */
export const POST = async (
  req: MedusaRequest<PortalShipOrderType>,
  res: MedusaResponse<{ order: PortalOrder }>
) => {
  const scope = await resolveProducerScope(req)
  await shipProducerOrderLinesWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      producer_id: scope.producer.id,
      order_id: req.params.id,
    },
  })
  const [order] = await listProducerOrders(req.scope, scope.producer.id, [
    req.params.id,
  ])
  res.json({ order })
}
