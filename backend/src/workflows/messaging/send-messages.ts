import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { deliverMessagesStep } from "./steps/deliver-messages"
import { dropMutedMessagesStep } from "./steps/drop-muted-messages"
import type { OutgoingMessage } from "./types"

export const sendMessagesWorkflowId = "send-messages"

/**
 * Every message the market sends goes through here: kinds their member or officer turned off
 * are dropped, the rest go out once each (Zalo or email) and are listed in Medusa's
 * notifications with the order or producer they are about. Nothing to compensate: a message
 * that left cannot be taken back.
 */
export const sendMessagesWorkflow = createWorkflow(
  sendMessagesWorkflowId,
  (messages: OutgoingMessage[]) => {
    const wanted = dropMutedMessagesStep(messages)
    return new WorkflowResponse(deliverMessagesStep(wanted))
  }
)
