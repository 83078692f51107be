import { Modules, PaymentSessionStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { VnpayAttempt } from "../vnpay-attempt"
import type { VnpayParams } from "../../../utils/vnpay"

export type RecordVnpayResultInput = {
  session: VnpayAttempt["session"]
  params: VnpayParams
}

/**
 * Writes VNPay's signed result on the payment session; the provider derives the result's
 * fields from it and authorizes the cart only on a paid result. Undone by writing the session
 * back as it was, so that VNPay's next delivery of the IPN is applied afresh.
 */
export const recordVnpayResultStep = createStep(
  "record-vnpay-result",
  async (input: RecordVnpayResultInput, { container }) => {
    const payment = container.resolve(Modules.PAYMENT)
    const { session } = input
    const updated = await payment.updatePaymentSession({
      id: session.id,
      amount: session.amount,
      currency_code: session.currency_code,
      data: {
        ...session.data,
        vnp_result: {
          params: input.params,
          recorded_at: new Date().toISOString(),
        },
      },
    })
    return new StepResponse({ id: updated.id, status: updated.status }, session)
  },
  async (previous: VnpayAttempt["session"] | undefined, { container }) => {
    if (!previous) {
      return
    }
    const payment = container.resolve(Modules.PAYMENT)
    await payment.updatePaymentSession({
      id: previous.id,
      amount: previous.amount,
      currency_code: previous.currency_code,
      data: previous.data,
      status: PaymentSessionStatus.PENDING,
    })
  }
)
