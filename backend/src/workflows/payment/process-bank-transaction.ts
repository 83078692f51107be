import {
  capturePaymentWorkflow,
  emitEventStep,
} from "@medusajs/medusa/core-flows"
import { ATTENTION_OUTCOMES } from "../../domain/bank-transfer-outcome"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { claimVietqrPaymentStep } from "./steps/claim-vietqr-payment"
import {
  type IncomingBankTransaction,
  recordBankTransactionStep,
} from "./steps/record-bank-transaction"
import { setBankTransactionOutcomeStep } from "./steps/set-bank-transaction-outcome"

export const processBankTransactionWorkflowId = "process-bank-transaction"

/**
 * Applies one bank notification: records it once per transaction id and, when it pays
 * an awaiting order in full, captures that order's payment exactly once.
 */
export const processBankTransactionWorkflow = createWorkflow(
  processBankTransactionWorkflowId,
  (input: IncomingBankTransaction) => {
    const recorded = recordBankTransactionStep(input)

    const claim = when(
      "settles-an-order",
      recorded,
      (recorded) => !!recorded.settles_reference
    ).then(() => {
      const claimInput = transform({ recorded, input }, (data) => ({
        reference: data.recorded.settles_reference!,
        confirmed_by: `bank:${data.input.transaction_id}`,
      }))
      return claimVietqrPaymentStep(claimInput)
    })
    const claimed = transform({ claim }, (data) => data.claim ?? null)

    when("won-the-claim", claimed, (claimed) => !!claimed).then(() => {
      const captureInput = transform({ claimed }, (data) => ({
        payment_id: data.claimed!.payment_id,
      }))
      capturePaymentWorkflow.runAsStep({ input: captureInput })
      emitEventStep({
        eventName: "bank-transfer.captured",
        data: transform({ recorded }, ({ recorded }) => ({
          transaction_id: recorded.id,
          order_id: recorded.order_id,
        })),
      }).config({ name: "emit-bank-transfer-captured" })
    })

    when(
      "lost-the-claim",
      { recorded, claimed },
      (data) => !!data.recorded.settles_reference && !data.claimed
    ).then(() => {
      const outcomeInput = transform({ recorded }, (data) => ({
        id: data.recorded.id!,
        outcome: "already_paid" as const,
      }))
      setBankTransactionOutcomeStep(outcomeInput)
    })

    const result = transform({ recorded, claimed }, (data) => ({
      transaction_id: data.recorded.id,
      duplicate: data.recorded.duplicate,
      order_id: data.recorded.order_id,
      outcome:
        data.recorded.settles_reference && !data.claimed
          ? ("already_paid" as const)
          : data.recorded.outcome,
    }))
    when(
      "needs-an-officer",
      result,
      (result) =>
        !result.duplicate &&
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
