import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCER_INVITE_CREATED_EVENT } from "../types/events"
import { inviteLink } from "../utils/public-links"
import { qrImageUrl } from "../utils/qr-image"
import { sendMessagesWorkflow } from "../workflows/messaging/send-messages"

type InviteCreated = {
  id: string
  producer_id: string
  email: string
  token: string
  expires_at: string | Date
}

/**
 * Emails a producer's new member the link (and its QR code) to set a password, besides the
 * link the volunteer or officer shows them in person.
 */
export default async function producerInviteNotification({
  event: { data },
  container,
}: SubscriberArgs<InviteCreated>) {
  const {
    data: [producer],
  } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "producer",
    fields: ["name"],
    filters: { id: data.producer_id },
  })
  const inviteUrl = inviteLink(data.token)
  await sendMessagesWorkflow(container).run({
    input: [
      {
        kind: "producer-invite",
        locale: "vi",
        facts: {
          producerName: String(producer?.name ?? ""),
          inviteUrl,
          qrImageUrl: qrImageUrl(inviteUrl),
          expiresAt: new Date(data.expires_at).toISOString(),
        },
        recipient: { audience: "member", id: null, email: data.email },
        resource: { type: "producer", id: data.producer_id },
        links: { invite_url: inviteUrl },
        key: `producer-invite:${data.id}`,
      },
    ],
  })
}

export const config: SubscriberConfig = {
  event: PRODUCER_INVITE_CREATED_EVENT,
  context: { subscriberId: "producer-invite-notification" },
}
