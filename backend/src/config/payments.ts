// Payment and notification modules chosen from the environment (issue 3): VietQR always, cards
// through Stripe only when STRIPE_API_KEY is set.
import type { MarketEnv } from "./env"

type ModuleEntry = { resolve: string; options?: Record<string, unknown> }

/** Medusa's payment module with the system provider, VietQR and (when configured) Stripe. */
export function paymentModule(env: MarketEnv): ModuleEntry {
  const providers: Record<string, unknown>[] = [
    {
      resolve: "./src/modules/providers/vietqr",
      id: "vietqr",
      options: {
        bank_bin: env.VIETQR_BANK_BIN,
        bank_name: env.VIETQR_BANK_NAME,
        account_number: env.VIETQR_ACCOUNT_NUMBER,
        account_name: env.VIETQR_ACCOUNT_NAME,
        webhook_key: env.VIETQR_WEBHOOK_KEY,
        unpaid_lifetime_hours: env.VIETQR_UNPAID_LIFETIME_HOURS,
      },
    },
  ]
  if (env.STRIPE_API_KEY) {
    providers.push({
      resolve: "@medusajs/medusa/payment-stripe",
      id: "stripe",
      options: {
        apiKey: env.STRIPE_API_KEY,
        webhookSecret: env.STRIPE_WEBHOOK_SECRET,
        capture: true,
      },
    })
  }
  return { resolve: "@medusajs/medusa/payment", options: { providers } }
}

/** Order confirmations go through the notification module; the local provider logs them. */
export function notificationModule(): ModuleEntry {
  return {
    resolve: "@medusajs/medusa/notification",
    options: {
      providers: [
        {
          resolve: "@medusajs/medusa/notification-local",
          id: "local",
          options: { channels: ["email"] },
        },
      ],
    },
  }
}
