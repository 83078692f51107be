import { PaymentSessionStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  type IpnAction,
  type IpnAnswer,
  ipnVerdict,
} from "../../../domain/vnpay-ipn"
import type { VnpayParams } from "../../../utils/vnpay"
import { loadVnpayAttempt, type VnpayAttempt } from "../vnpay-attempt"

export type DecideVnpayIpnInput = { params: VnpayParams; signed: boolean }

export type VnpayIpnDecision = {
  answer: IpnAnswer
  action: IpnAction
  attempt: VnpayAttempt | null
}

const SETTLED_STATUSES: string[] = [
  PaymentSessionStatus.AUTHORIZED,
  PaymentSessionStatus.CAPTURED,
]

/**
 * Reads the attempt again, now that its cart is locked, and lets `ipnVerdict` decide: what is
 * read here is what the rest of the workflow acts on. Reads only: nothing to undo.
 */
export const decideVnpayIpnStep = createStep(
  "decide-vnpay-ipn",
  async (input: DecideVnpayIpnInput, { container }) => {
    const attempt = input.signed
      ? await loadVnpayAttempt(container, input.params.vnp_TxnRef ?? "")
      : null
    const verdict = ipnVerdict({
      signatureValid: input.signed,
      attempt: attempt && {
        amountMatches:
          input.params.vnp_Amount === String(attempt.session.amount * 100),
        settled:
          !!attempt.session.data.vnp_result ||
          !!attempt.order_id ||
          SETTLED_STATUSES.includes(attempt.session.status),
      },
      responseCode: input.params.vnp_ResponseCode ?? "",
      transactionStatus: input.params.vnp_TransactionStatus,
    })
    return new StepResponse<VnpayIpnDecision>({ ...verdict, attempt })
  }
)
