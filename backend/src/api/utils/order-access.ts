import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { timingSafeEqual } from "node:crypto"
import {
  ContainerRegistrationKeys,
  MedusaError,
  OrderChangeStatus,
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
 * Whether `token` is the one Medusa's transfer request sent to the order's email, for a
 * transfer still waiting: the order's owner proves it by following the link.
 */
async function holdsTransferToken(
  req: MedusaRequest,
  orderId: string,
  token: unknown
): Promise<boolean> {
  if (typeof token !== "string" || !token) {
    return false
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: changes } = await query.graph({
    entity: "order_change",
    fields: ["id", "actions.details"],
    filters: {
      order_id: orderId,
      change_type: "transfer",
      status: OrderChangeStatus.REQUESTED,
    },
  })
  const given = Buffer.from(token)
  return changes.some((change) =>
    (change.actions ?? []).some((action) => {
      const sent = (action?.details as { token?: unknown } | null)?.token
      if (typeof sent !== "string") return false
      const expected = Buffer.from(sent)
      return (
        expected.length === given.length && timingSafeEqual(expected, given)
      )
    })
  )
}

type AccessOptions = {
  /** Where a transfer token may stand in for a proof (accepting or declining a transfer). */
  transferTokenOf?: (req: MedusaRequest) => unknown
}

/**
 * Lets a request reach an order only when `mayAccessOrder` allows it; otherwise the order does
 * not exist as far as the caller can tell (404, the same as a wrong id).
 */
export function requireOrderAccess(
  orderIdOf: (req: MedusaRequest) => unknown,
  { transferTokenOf }: AccessOptions = {}
) {
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
        hasValidProof:
          verifyOrderProof(
            order.id,
            req.get(ORDER_PROOF_HEADER),
            readMarketEnv().JWT_SECRET
          ) ||
          (!!transferTokenOf &&
            (await holdsTransferToken(req, order.id, transferTokenOf(req)))),
      })
    next(allowed ? undefined : notFound)
  }
}
