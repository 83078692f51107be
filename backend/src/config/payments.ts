// Payment and notification modules chosen from the environment: VietQR always, cards
// through Stripe only when STRIPE_API_KEY is set.
import { MedusaError } from "@medusajs/framework/utils"
import type { MarketEnv } from "./env"
import {
  STRIPE_REGISTRATION_ID,
  VIETQR_REGISTRATION_ID,
} from "../utils/payment-providers"

type ModuleEntry = { resolve: string; options?: Record<string, unknown> }

/** Medusa's payment module with the system provider, VietQR and (when configured) Stripe. */
export function paymentModule(env: MarketEnv): ModuleEntry {
  const providers: Record<string, unknown>[] = [
    {
      resolve: "./src/modules/providers/vietqr",
      id: VIETQR_REGISTRATION_ID,
      options: {
        bank_bin: env.VIETQR_BANK_BIN,
        bank_name: env.VIETQR_BANK_NAME,
        account_number: env.VIETQR_ACCOUNT_NUMBER,
        account_name: env.VIETQR_ACCOUNT_NAME,
        webhook_key: env.VIETQR_WEBHOOK_KEY,
        unpaid_lifetime_minutes: env.VIETQR_UNPAID_LIFETIME_MINUTES,
      },
    },
  ]
  if (env.STRIPE_API_KEY) {
    // Without the secret every Stripe webhook fails its signature check and a card payment
    // confirmed after the shopper left would never reach its order: refuse to start half-set.
    if (!env.STRIPE_WEBHOOK_SECRET) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "STRIPE_WEBHOOK_SECRET is required with STRIPE_API_KEY: copy the signing secret (whsec_…) of the endpoint <backend>/hooks/payment/stripe_stripe from the Stripe dashboard"
      )
    }
    providers.push({
      resolve: "@medusajs/medusa/payment-stripe",
      id: STRIPE_REGISTRATION_ID,
      options: {
        apiKey: env.STRIPE_API_KEY,
        webhookSecret: env.STRIPE_WEBHOOK_SECRET,
        capture: true,
      },
    })
  }
  return { resolve: "@medusajs/medusa/payment", options: { providers } }
}

/**
 * Order confirmations go through the notification module: SendGrid when SENDGRID_API_KEY is
 * set, otherwise Medusa's local provider, which only logs them (development).
 */
export function notificationModule(env: MarketEnv): ModuleEntry {
  if (env.SENDGRID_API_KEY && !env.SENDGRID_FROM) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "SENDGRID_FROM is required with SENDGRID_API_KEY: the verified sender address, e.g. don-hang@cho-xuan-tho.vn"
    )
  }
  const provider = env.SENDGRID_API_KEY
    ? {
        resolve: "@medusajs/medusa/notification-sendgrid",
        id: "sendgrid",
        options: {
          channels: ["email"],
          api_key: env.SENDGRID_API_KEY,
          from: env.SENDGRID_FROM,
        },
      }
    : {
        resolve: "@medusajs/medusa/notification-local",
        id: "local",
        options: { channels: ["email"] },
      }
  return {
    resolve: "@medusajs/medusa/notification",
    options: { providers: [provider] },
  }
}
