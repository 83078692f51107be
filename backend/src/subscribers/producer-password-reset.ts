import { createHash } from "node:crypto"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AuthWorkflowEvents } from "@medusajs/framework/utils"
import { storefrontLink } from "../utils/public-links"
import { sendMessagesWorkflow } from "../workflows/messaging/send-messages"

type PasswordResetEvent = {
  entity_id: string
  actor_type: string
  token: string
  /** The storefront sends `{ locale }` so the link opens the portal in the member's language. */
  metadata?: { locale?: unknown }
}

/**
 * Emails a portal member the link to choose a new password. Medusa's
 * `/auth/producer/emailpass/reset-password` route emits the token; in development the local
 * notification provider writes the email to the log instead of sending it.
 */
export default async function producerPasswordResetHandler({
  event: { data },
  container,
}: SubscriberArgs<PasswordResetEvent>) {
  if (data.actor_type !== "producer") {
    return
  }
  const locale = data.metadata?.locale === "en" ? "en" : "vi"
  const url = new URL(storefrontLink(`/${locale}/portal/reset-password`))
  url.searchParams.set("token", data.token)
  url.searchParams.set("email", data.entity_id)
  const resetUrl = url.toString()
  // Each request has its own token, hence its own email; the key never holds the token itself.
  const tokenDigest = createHash("sha256").update(data.token).digest("hex")
  await sendMessagesWorkflow(container).run({
    input: [
      {
        kind: "producer-password-reset",
        locale,
        facts: { resetUrl },
        recipient: { audience: "member", id: null, email: data.entity_id },
        resource: { type: "producer_member", id: data.entity_id },
        links: { reset_url: resetUrl },
        key: `producer-password-reset:${tokenDigest.slice(0, 32)}`,
      },
    ],
  })
}

export const config: SubscriberConfig = {
  event: AuthWorkflowEvents.PASSWORD_RESET,
  context: { subscriberId: "producer-password-reset" },
}
