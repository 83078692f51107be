import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readMarketEnv } from "../../../config/env"
import { type VnpayParams, verifyVnpayParams } from "../../../utils/vnpay"
import { loadVnpayAttempt } from "../vnpay-attempt"

export type FindVnpayAttemptInput = { params: VnpayParams }

/** Whether VNPay signed the notification for our terminal, and which cart it pays. */
export type FoundVnpayAttempt = {
  signed: boolean
  cart_id: string | null
}

/**
 * Checks the signature before anything is read, then finds the cart the notification is for,
 * so the workflow can lock that cart before deciding. Reads only: nothing to undo.
 */
export const findVnpayAttemptStep = createStep(
  "find-vnpay-attempt",
  async (input: FindVnpayAttemptInput, { container }) => {
    const env = readMarketEnv()
    const signed =
      !!env.VNPAY_HASH_SECRET &&
      input.params.vnp_TmnCode === env.VNPAY_TMN_CODE &&
      verifyVnpayParams(input.params, env.VNPAY_HASH_SECRET)
    if (!signed) {
      return new StepResponse<FoundVnpayAttempt>({ signed, cart_id: null })
    }
    const attempt = await loadVnpayAttempt(
      container,
      input.params.vnp_TxnRef ?? ""
    )
    return new StepResponse<FoundVnpayAttempt>({
      signed,
      cart_id: attempt?.cart_id ?? null,
    })
  }
)
