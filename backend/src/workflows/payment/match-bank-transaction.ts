import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  type BankTransactionMatchInput,
  resolveBankTransactionMatchStep,
} from "./steps/resolve-bank-transaction-match"
import { settleVietqrPaymentWorkflow } from "./settle-vietqr-payment"

export const matchBankTransactionWorkflowId = "match-bank-transaction"

export type MatchBankTransactionInput = BankTransactionMatchInput & {
  /** `user:<officer id>` or `job:reconcile`, kept on the order's VietQR payment. */
  matched_by: string
}

/**
 * Pays an unpaid order with a transfer recorded earlier: an officer's match by order, or the
 * reconciliation job's by reference once the order exists. The settlement (claim, revival,
 * capture, the transfer's new outcome) happens exactly once whoever else tries.
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
    const settlement = when("has-a-match", match, (match) => !!match).then(() =>
      settleVietqrPaymentWorkflow.runAsStep({
        input: transform({ match, input }, ({ match, input }) => ({
          transaction_id: match!.id,
          reference: match!.reference,
          confirmed_by: input.matched_by,
          outcome: match!.outcome,
          required: !!input.order_id,
        })),
      })
    )
    return new WorkflowResponse(
      transform({ match, settlement }, ({ match, settlement }) =>
        match && settlement?.order_id
          ? { ...match, outcome: settlement.outcome, paid: settlement.paid }
          : null
      )
    )
  }
)
