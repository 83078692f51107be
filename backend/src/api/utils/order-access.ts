import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { readMarketEnv } from "../../config/env"
import { mayAccessOrder } from "../../domain/order-access"
import { verifyOrderProof } from "../../utils/order-proof"

export const ORDER_PROOF_HEADER = "x-order-proof"

/** Signed-in customers are recognised; guests pass through and need a proof instead. */
export const recogniseCustomer = authenticate(
  "customer",
  ["session", "bearer"],
  {
    allowUnauthenticated: true,
  }
)

/**
 * Lets a request reach an order only when `mayAccessOrder` allows it; otherwise the order does
 * not exist as far as the caller can tell (404, the same as a wrong id).
 */
export function requireOrderAccess(orderIdOf: (req: MedusaRequest) => unknown) {
  return async function orderAccessGuard(
    req: MedusaRequest,
    _res: MedusaResponse,
    next: MedusaNextFunction
  ) {
    const orderId = orderIdOf(req)
    const notFound = new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order with id: ${typeof orderId === "string" ? orderId : ""} was not found`
    )
    if (typeof orderId !== "string" || !orderId) {
      return next(notFound)
    }
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id"],
      filters: { id: orderId },
    })
    const auth = (req as AuthenticatedMedusaRequest).auth_context
    const allowed =
      !!order &&
      mayAccessOrder({
        orderCustomerId: order.customer_id ?? null,
        callerCustomerId:
          auth?.actor_type === "customer" ? auth.actor_id || null : null,
        hasValidProof: verifyOrderProof(
          order.id,
          req.get(ORDER_PROOF_HEADER),
          readMarketEnv().JWT_SECRET
        ),
      })
    next(allowed ? undefined : notFound)
  }
}
