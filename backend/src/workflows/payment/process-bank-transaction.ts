import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ATTENTION_OUTCOMES } from "../../domain/bank-transfer-outcome"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  type IncomingBankTransaction,
  recordBankTransactionStep,
} from "./steps/record-bank-transaction"
import { setBankTransactionOutcomeStep } from "./steps/set-bank-transaction-outcome"
import { settleVietqrPaymentWorkflow } from "./settle-vietqr-payment"

export const processBankTransactionWorkflowId = "process-bank-transaction"

/**
 * Applies one bank notification: records it once per transaction id and, when it pays an
 * unpaid order in full, settles that order exactly once (reviving it if its hold expired).
 */
export const processBankTransactionWorkflow = createWorkflow(
  processBankTransactionWorkflowId,
  (input: IncomingBankTransaction) => {
    const recorded = recordBankTransactionStep(input)

    const settlement = when(
      "settles-an-order",
      recorded,
      (recorded) => !!recorded.settles_reference
    ).then(() =>
      settleVietqrPaymentWorkflow.runAsStep({
        input: transform({ recorded, input }, ({ recorded, input }) => ({
          transaction_id: recorded.id!,
          reference: recorded.settles_reference!,
          confirmed_by: `bank:${input.transaction_id}`,
          outcome: recorded.outcome!,
        })),
      })
    )
    const lostTheClaim = transform(
      { recorded, settlement },
      ({ recorded, settlement }) =>
        !!recorded.settles_reference && !settlement?.order_id
    )

    when("lost-the-claim", { lostTheClaim }, (data) => data.lostTheClaim).then(
      () => {
        setBankTransactionOutcomeStep(
          transform({ recorded }, ({ recorded }) => ({
            id: recorded.id!,
            outcome: "already_paid" as const,
          }))
        )
      }
    )

    const result = transform(
      { recorded, settlement, lostTheClaim },
      ({ recorded, settlement, lostTheClaim }) => ({
        transaction_id: recorded.id,
        duplicate: recorded.duplicate,
        order_id: recorded.order_id,
        outcome: lostTheClaim
          ? ("already_paid" as const)
          : (settlement?.outcome ?? recorded.outcome),
      })
    )
    // A settlement that found the stock gone has already told officers itself.
    when(
      "needs-an-officer",
      { result, settlement },
      ({ result, settlement }) =>
        !result.duplicate &&
        !settlement?.order_id &&
        !!result.outcome &&
        ATTENTION_OUTCOMES.includes(result.outcome)
    ).then(() => {
      emitEventStep({
        eventName: "bank-transfer.needs-attention",
        data: transform({ result }, ({ result }) => ({
          transaction_id: result.transaction_id,
          order_id: result.order_id,
          outcome: result.outcome,
        })),
      }).config({ name: "emit-bank-transfer-needs-attention" })
    })
    return new WorkflowResponse(result)
  }
)
