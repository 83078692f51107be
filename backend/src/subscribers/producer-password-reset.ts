import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AuthWorkflowEvents, Modules } from "@medusajs/framework/utils"
import { storefrontLink } from "../utils/public-links"

type PasswordResetEvent = {
  entity_id: string
  actor_type: string
  token: string
  /** The storefront sends `{ locale }` so the link opens the portal in the member's language. */
  metadata?: { locale?: unknown }
}

const LINK_LOCALES = ["vi", "en"]

export const PRODUCER_PASSWORD_RESET_TEMPLATE = "producer-password-reset"

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
  const requested = data.metadata?.locale
  const locale =
    typeof requested === "string" && LINK_LOCALES.includes(requested)
      ? requested
      : "vi"
  const url = new URL(storefrontLink(`/${locale}/portal/reset-password`))
  url.searchParams.set("token", data.token)
  url.searchParams.set("email", data.entity_id)
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: data.entity_id,
    channel: "email",
    template: PRODUCER_PASSWORD_RESET_TEMPLATE,
    data: {
      subject:
        locale === "en"
          ? "Reset your Xuân Thọ OCOP Market password"
          : "Đặt lại mật khẩu Chợ OCOP Xuân Thọ",
      reset_url: url.toString(),
    },
  })
}

export const config: SubscriberConfig = {
  event: AuthWorkflowEvents.PASSWORD_RESET,
  context: { subscriberId: "producer-password-reset" },
}
