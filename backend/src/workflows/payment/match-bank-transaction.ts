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
import { claimVietqrPaymentStep } from "./steps/claim-vietqr-payment"
import {
  type BankTransactionMatchInput,
  resolveBankTransactionMatchStep,
} from "./steps/resolve-bank-transaction-match"
import { setBankTransactionOutcomeStep } from "./steps/set-bank-transaction-outcome"

export const matchBankTransactionWorkflowId = "match-bank-transaction"

export type MatchBankTransactionInput = BankTransactionMatchInput & {
  /** `user:<officer id>` or `job:reconcile`, kept on the order's VietQR payment. */
  matched_by: string
}

/**
 * Pays an awaiting order with a transfer recorded earlier: an officer's match by order, or the
 * reconciliation job's by reference once the order exists. Claim, capture and the transfer's new
 * outcome happen together, exactly once whoever else tries.
 */
export const matchBankTransactionWorkflow = createWorkflow(
  matchBankTransactionWorkflowId,
  (input: MatchBankTransactionInput) => {
    const match = resolveBankTransactionMatchStep(
      transform({ input }, ({ input }) => ({
        id: input.id,
        order_id: input.order_id ?? null,
      }))
    )
    const claimed = when("has-a-match", match, (match) => !!match).then(() =>
      claimVietqrPaymentStep(
        transform({ match, input }, ({ match, input }) => ({
          reference: match!.reference,
          confirmed_by: input.matched_by,
          required: !!input.order_id,
        }))
      )
    )
    when("claimed", { claimed }, ({ claimed }) => !!claimed).then(() => {
      capturePaymentWorkflow.runAsStep({
        input: transform({ claimed }, ({ claimed }) => ({
          payment_id: claimed!.payment_id,
        })),
      })
      setBankTransactionOutcomeStep(
        transform({ match }, ({ match }) => ({
          id: match!.id,
          outcome: match!.outcome,
          order_id: match!.order_id,
        }))
      )
      emitEventStep({
        eventName: "bank-transfer.captured",
        data: transform({ match }, ({ match }) => ({
          transaction_id: match!.id,
          order_id: match!.order_id,
        })),
      }).config({ name: "emit-bank-transfer-captured" })
    })
    return new WorkflowResponse(
      transform({ match, claimed }, ({ match, claimed }) =>
        match && claimed ? match : null
      )
    )
  }
)
