import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { requestClientIp } from "../../utils/rate-limit"

/**
 * A payment session carries the address of the shopper who opened it, as the backend decides
 * it (`clientIp`): whatever the body says is replaced. Unpaid transfer orders are limited per
 * address, and VNPay is told where the payment comes from. Registered without `methods` so it
 * runs ahead of core's own validation.
 */
export function stampClientIp(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (req.method === "POST") {
    const body = (req.body ?? {}) as { data?: unknown }
    const data =
      body.data && typeof body.data === "object" && !Array.isArray(body.data)
        ? (body.data as Record<string, unknown>)
        : {}
    req.body = { ...body, data: { ...data, client_ip: requestClientIp(req) } }
  }
  next()
}

export const storePaymentCollectionMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/payment-collections/:id/payment-sessions",
    middlewares: [stampClientIp],
  },
]
