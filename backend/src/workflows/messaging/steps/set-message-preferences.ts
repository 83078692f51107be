import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MESSAGING_MODULE } from "../../../modules/messaging"
import type MessagingModuleService from "../../../modules/messaging/service"
import type { RecipientType } from "../../../modules/messaging/service"

export type SetMessagePreferencesInput = {
  recipient_type: RecipientType
  recipient_id: string
  choices: Record<string, boolean>
}

export const setMessagePreferencesStepId = "store-message-preferences"

/** Stores a member's or officer's choices; undone by putting back what each kind was. */
export const setMessagePreferencesStep = createStep(
  setMessagePreferencesStepId,
  async (input: SetMessagePreferencesInput, { container }) => {
    const messaging =
      container.resolve<MessagingModuleService>(MESSAGING_MODULE)
    const muted = await messaging.mutedPairs(input.recipient_type, [
      input.recipient_id,
    ])
    const before = Object.fromEntries(
      Object.keys(input.choices).map((kind) => [
        kind,
        !muted.has(`${input.recipient_id}:${kind}`),
      ])
    )
    await messaging.setPreferences(
      input.recipient_type,
      input.recipient_id,
      input.choices
    )
    return new StepResponse(undefined, { ...input, choices: before })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    await container
      .resolve<MessagingModuleService>(MESSAGING_MODULE)
      .setPreferences(
        previous.recipient_type,
        previous.recipient_id,
        previous.choices
      )
  }
)
