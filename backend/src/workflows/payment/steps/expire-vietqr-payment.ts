import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"

/** Ends a lapsed hold; returns null when the order was paid in the meantime. */
export const expireVietqrPaymentStep = createStep(
  "expire-vietqr-payment",
  async (input: { id: string }, { container }) => {
    const bankTransfer =
      container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
    const expired = await bankTransfer.movePayment(input.id, "awaiting", {
      status: "expired",
    })
    return new StepResponse(expired, expired?.id ?? null)
  },
  async (expiredId: string | null | undefined, { container }) => {
    if (!expiredId) {
      return
    }
    const bankTransfer =
      container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
    await bankTransfer.movePayment(expiredId, "expired", { status: "awaiting" })
  }
)
