import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"

/**
 * A late transfer claimed an expired order whose stock has gone: the order goes back to
 * expired (cancelled when the grace period ends) and the money is for an officer to refund.
 */
export const reopenExpiredPaymentStep = createStep(
  "reopen-expired-payment",
  async (input: { id: string }, { container }) => {
    const bankTransfer =
      container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
    const reopened = await bankTransfer.movePayment(input.id, "paid", {
      status: "expired",
      paid_at: null,
      confirmed_by: null,
    })
    return new StepResponse(reopened, reopened?.id ?? null)
  },
  async (reopenedId: string | null | undefined, { container }) => {
    if (!reopenedId) {
      return
    }
    const bankTransfer =
      container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
    await bankTransfer.movePayment(reopenedId, "expired", {
      status: "paid",
      paid_at: new Date(),
    })
  }
)
