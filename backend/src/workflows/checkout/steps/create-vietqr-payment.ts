import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"

export type CreateVietqrPaymentInput = {
  reference: string
  order_id: string
  payment_id: string
  amount: number
  expires_at: Date
}

/** Starts waiting for the order's transfer; idempotent per order so a re-sent event is harmless. */
export const createVietqrPaymentStep = createStep(
  "create-vietqr-payment",
  async (input: CreateVietqrPaymentInput, { container }) => {
    const bankTransfer =
      container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
    const [existing] = await bankTransfer.listVietqrPayments({
      order_id: input.order_id,
    })
    if (existing) {
      return new StepResponse(existing, null)
    }
    const created = await bankTransfer.createVietqrPayments(input)
    return new StepResponse(created, created.id)
  },
  async (createdId: string | null | undefined, { container }) => {
    if (!createdId) {
      return
    }
    const bankTransfer =
      container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
    await bankTransfer.deleteVietqrPayments(createdId)
  }
)
