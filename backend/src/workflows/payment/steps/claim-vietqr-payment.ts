import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"

export type ClaimVietqrPaymentInput = {
  /** null when the order was not paid by VietQR at all. */
  reference: string | null
  /** `bank:<transaction id>` or `user:<officer id>`: who settled it, kept on the record. */
  confirmed_by: string
  /** An officer's confirmation must fail loudly when the order is no longer awaiting. */
  required?: boolean
}

/**
 * Marks the order's VietQR payment paid if it still awaits a transfer, its hold running or
 * expired within the grace period (`revived`). Exactly one caller wins a race; the others get
 * `null` and must not capture.
 */
export const claimVietqrPaymentStep = createStep(
  "claim-vietqr-payment",
  async (input: ClaimVietqrPaymentInput, { container }) => {
    const bankTransfer =
      container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
    if (!input.reference) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        "This order was not paid by VietQR transfer"
      )
    }
    const claimed = await bankTransfer.claimUnpaidPayment(
      input.reference,
      input.confirmed_by
    )
    if (!claimed && input.required) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This order no longer awaits a transfer: it is already paid or was cancelled"
      )
    }
    return new StepResponse(
      claimed,
      claimed ? { id: claimed.id, revived: claimed.revived } : null
    )
  },
  async (claim, { container }) => {
    if (!claim) {
      return
    }
    const bankTransfer =
      container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
    await bankTransfer.movePayment(claim.id, "paid", {
      status: claim.revived ? "expired" : "awaiting",
      paid_at: null,
      confirmed_by: null,
    })
  }
)
