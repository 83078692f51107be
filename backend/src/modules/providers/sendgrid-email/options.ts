import { MedusaError } from "@medusajs/framework/utils"
import { providerSettings } from "../provider-settings"
import { z } from "@medusajs/framework/zod"

export const SENDGRID_API_URL = "https://api.sendgrid.com"

/** `don-hang@cho-xuan-tho.vn`, or with the name mail apps show: `Chợ OCOP Xuân Thọ <don-hang@…>`. */
const SENDER =
  /^(?:([^<>]*\S)\s*<([^<>\s@]+@[^<>\s@]+)>|([^<>\s@]+@[^<>\s@]+))$/

/** Settings of the SendGrid email provider; the notification config passes them from the environment. */
export const SendgridEmailOptionsSchema = z.object({
  api_key: z
    .string({
      error:
        "SENDGRID_API_KEY is required: an API key from SendGrid (Settings → API Keys) with Mail Send access",
    })
    .min(
      1,
      "SENDGRID_API_KEY is required: an API key from SendGrid (Settings → API Keys) with Mail Send access"
    ),
  from: z
    .string({
      error:
        "SENDGRID_FROM is required: the sender verified in SendGrid, e.g. don-hang@cho-xuan-tho.vn",
    })
    .trim()
    .regex(
      SENDER,
      "SENDGRID_FROM must be the sender verified in SendGrid, e.g. don-hang@cho-xuan-tho.vn or Chợ OCOP Xuân Thọ <don-hang@cho-xuan-tho.vn>"
    ),
  api_url: z
    .url(
      "SENDGRID_API_URL must be SendGrid's API address, e.g. https://api.sendgrid.com"
    )
    .default(SENDGRID_API_URL),
})

export type SendgridEmailOptions = z.infer<typeof SendgridEmailOptionsSchema>

/** The provider's settings, or one error naming every problem. */
export const sendgridEmailSettings = (options: unknown): SendgridEmailOptions =>
  providerSettings(SendgridEmailOptionsSchema, "SendGrid email", options)

/** A sender as SendGrid's API takes it: the address, and the name when one is given. */
export function senderOf(from: string): { email: string; name?: string } {
  const match = SENDER.exec(from.trim())
  if (!match) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `"${from}" is not a sender address: use an address verified in SendGrid, e.g. don-hang@cho-xuan-tho.vn`
    )
  }
  const [, name, namedEmail, bareEmail] = match
  return name ? { email: namedEmail, name } : { email: bareEmail }
}
