import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"

/**
 * Stops waiting for a transfer whose grace period has ended; returns null when a late transfer
 * paid the order in the meantime.
 */
export const cancelVietqrPaymentStep = createStep(
  "cancel-vietqr-payment",
  async (input: { id: string }, { container }) => {
    const bankTransfer =
      container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
    const cancelled = await bankTransfer.movePayment(input.id, "expired", {
      status: "cancelled",
    })
    return new StepResponse(cancelled, cancelled?.id ?? null)
  },
  async (cancelledId: string | null | undefined, { container }) => {
    if (!cancelledId) {
      return
    }
    const bankTransfer =
      container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
    await bankTransfer.movePayment(cancelledId, "cancelled", {
      status: "expired",
    })
  }
)
