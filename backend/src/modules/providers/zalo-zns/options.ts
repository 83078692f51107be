import { providerSettings } from "../provider-settings"
import { z } from "@medusajs/framework/zod"
import { MESSAGE_KINDS } from "../../../notifications/kinds"

/** Zalo's OAuth v4 endpoint for Official Account tokens. */
export const ZALO_OAUTH_URL = "https://oauth.zaloapp.com/v4/oa/access_token"

/** Zalo Notification Service: one approved template message to one phone number. */
export const ZALO_ZNS_URL = "https://business.openapi.zalo.me/message/template"

/** ZNS template ids are the numbers Zalo's ZNS account shows for approved templates. */
export const ZNS_TEMPLATE_ID = /^\d+$/

/** Settings of the Zalo ZNS provider; config/zalo.ts passes them from the environment. */
export const ZaloZnsOptionsSchema = z.object({
  app_id: z
    .string()
    .min(1, "ZALO_APP_ID must be the app id shown in Zalo for Developers"),
  app_secret: z
    .string()
    .min(
      1,
      "ZALO_APP_SECRET must be the app's secret key from Zalo for Developers"
    ),
  /** Seeds the stored token only; the provider keeps the rotated one in the database. */
  refresh_token: z
    .string()
    .min(
      1,
      "ZALO_OA_REFRESH_TOKEN must be the refresh token Zalo issued when the Official Account authorized the app"
    ),
  template_ids: z
    .partialRecord(
      z.enum(MESSAGE_KINDS),
      z
        .string()
        .regex(
          ZNS_TEMPLATE_ID,
          "ZALO_TEMPLATE_IDS must map each message kind to the number of an approved ZNS template"
        )
    )
    .default({}),
  oauth_url: z
    .url("ZALO_OAUTH_URL must be Zalo's OAuth address")
    .default(ZALO_OAUTH_URL),
  zns_url: z
    .url("ZALO_ZNS_URL must be Zalo's ZNS template message address")
    .default(ZALO_ZNS_URL),
})

export type ZaloZnsOptions = z.infer<typeof ZaloZnsOptionsSchema>

/** The provider's settings, or one error naming every problem. */
export const zaloZnsSettings = (options: unknown): ZaloZnsOptions =>
  providerSettings(ZaloZnsOptionsSchema, "Zalo ZNS", options)
