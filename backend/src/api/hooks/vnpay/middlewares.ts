import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { IPN_ANSWERS } from "../../../domain/vnpay-ipn"
import { VnpayCallbackQuery } from "../../utils/vnpay-query"

/**
 * Refuses a malformed IPN early, in VNPay's answer format rather than Medusa's 400: VNPay only
 * reads `RspCode`. The route is public (VNPay's servers carry no key): the signature is its
 * authentication, and /hooks is never rate-limited by address.
 */
export function validateVnpayIpnQuery(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const parsed = VnpayCallbackQuery.safeParse(req.query)
  if (!parsed.success) {
    res.status(200).json(IPN_ANSWERS.invalidSignature)
    return
  }
  req.validatedQuery = parsed.data
  next()
}

export const vnpayIpnMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/hooks/vnpay/ipn",
    middlewares: [validateVnpayIpnQuery],
  },
]
