import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"

/** Stops waiting for a lapsed transfer; returns null when it was paid in the meantime. */
export const cancelVietqrPaymentStep = createStep(
  "cancel-vietqr-payment",
  async (input: { id: string }, { container }) => {
    const bankTransfer =
      container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
    const cancelled = await bankTransfer.cancelAwaitingPayment(input.id)
    return new StepResponse(cancelled, cancelled?.id ?? null)
  },
  async (cancelledId: string | null | undefined, { container }) => {
    if (!cancelledId) {
      return
    }
    const bankTransfer =
      container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
    await bankTransfer.updateVietqrPayments({
      id: cancelledId,
      status: "awaiting",
    })
  }
)
