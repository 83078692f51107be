import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { sendMessagesWorkflow } from "./send-messages"
import { findLowStockCrossingsStep } from "./steps/find-low-stock-crossings"
import { markStockAlertsStep } from "./steps/mark-stock-alerts"

export const checkLowStockWorkflowId = "check-low-stock"

/**
 * After stock changes (an order, a member's count): members hear once when a variant falls to
 * its threshold; the mark is written before the messages go, and each crossing has its own
 * message key.
 */
export const checkLowStockWorkflow = createWorkflow(
  checkLowStockWorkflowId,
  (input: { variant_ids: string[] }) => {
    const crossings = findLowStockCrossingsStep(input)
    markStockAlertsStep(
      transform({ crossings }, ({ crossings }) => crossings.marks)
    )
    sendMessagesWorkflow.runAsStep({
      input: transform({ crossings }, ({ crossings }) => crossings.messages),
    })
    return new WorkflowResponse(
      transform({ crossings }, ({ crossings }) => crossings.marks.length)
    )
  }
)
