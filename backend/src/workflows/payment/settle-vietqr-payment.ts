import {
  capturePaymentWorkflow,
  emitEventStep,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { BankTransactionOutcome } from "../../types/bank-transfer/module"
import { claimVietqrPaymentStep } from "./steps/claim-vietqr-payment"
import { reopenExpiredPaymentStep } from "./steps/reopen-expired-payment"
import { restoreHeldStockStep } from "./steps/restore-held-stock"
import { setBankTransactionOutcomeStep } from "./steps/set-bank-transaction-outcome"

export const settleVietqrPaymentWorkflowId = "settle-vietqr-payment"

export type SettleVietqrPaymentInput = {
  /** The recorded bank transaction that pays (its own id). */
  transaction_id: string
  reference: string
  /** `bank:<transaction id>`, `user:<officer id>` or `job:reconcile`. */
  confirmed_by: string
  /** What the transfer is when it pays an order whose hold still runs. */
  outcome: BankTransactionOutcome
  /** An officer's match must fail loudly when the order no longer awaits a transfer. */
  required?: boolean
}

/**
 * Pays an order with a transfer, exactly once whoever else tries: claim the order's VietQR
 * payment, then capture. An order whose hold expired is revived only when all its stock can be
 * held again; otherwise it stays expired and the transfer is `needs_refund`.
 */
export const settleVietqrPaymentWorkflow = createWorkflow(
  settleVietqrPaymentWorkflowId,
  (input: SettleVietqrPaymentInput) => {
    const claimed = claimVietqrPaymentStep(
      transform({ input }, ({ input }) => ({
        reference: input.reference,
        confirmed_by: input.confirmed_by,
        required: input.required,
      }))
    )
    const revival = when(
      "revives-an-expired-order",
      { claimed },
      ({ claimed }) => !!claimed?.revived
    ).then(() =>
      restoreHeldStockStep(
        transform({ claimed }, ({ claimed }) => ({
          order_id: claimed!.order_id,
        }))
      )
    )
    const settlement = transform(
      { claimed, revival, input },
      ({ claimed, revival, input }) => {
        if (!claimed) {
          return { paid: false, outcome: null, order_id: null }
        }
        const paid = !claimed.revived || !!revival?.restored
        const outcome: BankTransactionOutcome = !paid
          ? "needs_refund"
          : claimed.revived
            ? "revived"
            : input.outcome
        return { paid, outcome, order_id: claimed.order_id }
      }
    )

    when(
      "pays-the-order",
      { settlement },
      ({ settlement }) => settlement.paid
    ).then(() => {
      capturePaymentWorkflow.runAsStep({
        input: transform({ claimed }, ({ claimed }) => ({
          payment_id: claimed!.payment_id,
        })),
      })
      setBankTransactionOutcomeStep(
        transform({ settlement, input }, ({ settlement, input }) => ({
          id: input.transaction_id,
          outcome: settlement.outcome!,
          order_id: settlement.order_id,
        }))
      ).config({ name: "record-paying-outcome" })
      emitEventStep({
        eventName: "bank-transfer.captured",
        data: transform({ settlement, input }, ({ settlement, input }) => ({
          transaction_id: input.transaction_id,
          order_id: settlement.order_id,
        })),
      }).config({ name: "emit-bank-transfer-captured" })
    })

    when(
      "stock-gone-meanwhile",
      { settlement },
      ({ settlement }) => !!settlement.order_id && !settlement.paid
    ).then(() => {
      reopenExpiredPaymentStep(
        transform({ claimed }, ({ claimed }) => ({ id: claimed!.id }))
      )
      setBankTransactionOutcomeStep(
        transform({ settlement, input }, ({ settlement, input }) => ({
          id: input.transaction_id,
          outcome: "needs_refund" as const,
          order_id: settlement.order_id,
        }))
      ).config({ name: "record-refund-outcome" })
      emitEventStep({
        eventName: "bank-transfer.needs-attention",
        data: transform({ settlement, input }, ({ settlement, input }) => ({
          transaction_id: input.transaction_id,
          order_id: settlement.order_id,
          outcome: "needs_refund",
        })),
      }).config({ name: "emit-bank-transfer-needs-refund" })
    })

    return new WorkflowResponse(settlement)
  }
)
