import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { receivesMessage } from "../../../domain/message-audience"
import { MESSAGING_MODULE } from "../../../modules/messaging"
import type MessagingModuleService from "../../../modules/messaging/service"
import type { OutgoingMessage } from "../types"

export const dropMutedMessagesStepId = "drop-muted-messages"

/** Leaves out the messages whose member or officer turned that kind off. */
export const dropMutedMessagesStep = createStep(
  dropMutedMessagesStepId,
  async (messages: OutgoingMessage[], { container }) => {
    const messaging =
      container.resolve<MessagingModuleService>(MESSAGING_MODULE)
    const idsOf = (audience: "member" | "officer") =>
      messages
        .filter((m) => m.recipient.audience === audience && m.recipient.id)
        .map((m) => m.recipient.id!)
    const [mutedMembers, mutedOfficers] = await Promise.all([
      messaging.mutedPairs("member", idsOf("member")),
      messaging.mutedPairs("officer", idsOf("officer")),
    ])
    const wanted = messages.filter(({ kind, recipient }) => {
      const muted =
        recipient.audience === "member"
          ? mutedMembers
          : recipient.audience === "officer"
            ? mutedOfficers
            : null
      return receivesMessage(kind, !!muted?.has(`${recipient.id}:${kind}`))
    })
    return new StepResponse(wanted)
  }
)
