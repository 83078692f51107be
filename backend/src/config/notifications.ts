// The notification module chosen from the environment: email through SendGrid when it is
// configured (Medusa's local provider, which only logs, otherwise) and Zalo ZNS when it is.
import { MedusaError } from "@medusajs/framework/utils"
import type { MarketEnv } from "./env"
import { zaloNotificationProvider } from "./zalo"

type ModuleEntry = { resolve: string; options?: Record<string, unknown> }

/**
 * Every message goes through Medusa's notification module: our SendGrid provider sends the
 * rendered plain-text and HTML parts together (Medusa's own drops the plain text).
 */
export function notificationModule(env: MarketEnv): ModuleEntry {
  if (env.SENDGRID_API_KEY && !env.SENDGRID_FROM) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "SENDGRID_FROM is required with SENDGRID_API_KEY: the verified sender address, e.g. don-hang@cho-xuan-tho.vn"
    )
  }
  const email = env.SENDGRID_API_KEY
    ? {
        resolve: "./src/modules/providers/sendgrid-email",
        id: "sendgrid-email",
        options: {
          channels: ["email"],
          api_key: env.SENDGRID_API_KEY,
          from: env.SENDGRID_FROM,
          api_url: env.SENDGRID_API_URL,
        },
      }
    : {
        resolve: "@medusajs/medusa/notification-local",
        id: "local",
        options: { channels: ["email"] },
      }
  const zalo = zaloNotificationProvider(env)
  return {
    resolve: "@medusajs/medusa/notification",
    options: { providers: zalo ? [email, zalo] : [email] },
  }
}
