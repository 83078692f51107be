import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { IPN_ANSWERS } from "../../../../domain/vnpay-ipn"
import { applyVnpayIpnWorkflow } from "../../../../workflows/vnpay/apply-vnpay-ipn"
import { VnpayCallbackQuery } from "../../../utils/vnpay-query"

/**
 * GET /hooks/vnpay/ipn — VNPay's server-to-server notification of a payment attempt. VNPay
 * reads the outcome from the JSON answer (always HTTP 200) and retries until it gets `00` or
 * `02`, so every failure is answered in its format, never as a Medusa error. The query is
 * parsed here too, so the route never acts on an unchecked query whichever middlewares run.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const parsed = VnpayCallbackQuery.safeParse(req.query)
  if (!parsed.success) {
    // A query without VNPay's shape cannot carry its signature.
    res.status(200).json(IPN_ANSWERS.invalidSignature)
    return
  }
  try {
    const { result } = await applyVnpayIpnWorkflow(req.scope).run({
      input: { params: parsed.data },
    })
    res.status(200).json(result.answer)
  } catch (error) {
    const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
    // VNPay retries on 99; if it keeps failing, the shopper paid without an order and an
    // officer refunds the payment in VNPay's merchant portal: the reference names the session.
    logger.error(
      `VNPay IPN for ${parsed.data.vnp_TxnRef} failed and was answered 99: ${
        error instanceof Error ? error.message : String(error)
      }`
    )
    res.status(200).json(IPN_ANSWERS.unknownError)
  }
}
