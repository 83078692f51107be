import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  type SetMessagePreferencesInput,
  setMessagePreferencesStep,
} from "./steps/set-message-preferences"

export const setMessagePreferencesWorkflowId = "set-message-preferences"

/** A member or officer turns kinds of messages on or off (the route checked the kinds). */
export const setMessagePreferencesWorkflow = createWorkflow(
  setMessagePreferencesWorkflowId,
  (input: SetMessagePreferencesInput) =>
    new WorkflowResponse(setMessagePreferencesStep(input))
)
