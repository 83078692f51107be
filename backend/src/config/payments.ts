// The payment module chosen from the environment: VietQR always, cards through Stripe only
// when STRIPE_API_KEY is set, VNPay only when its three settings are.
import { MedusaError } from "@medusajs/framework/utils"
import type { MarketEnv } from "./env"
import {
  STRIPE_REGISTRATION_ID,
  VIETQR_REGISTRATION_ID,
  VNPAY_REGISTRATION_ID,
} from "../utils/payment-providers"

type ModuleEntry = { resolve: string; options?: Record<string, unknown> }

const VNPAY_SETTINGS = [
  "VNPAY_TMN_CODE",
  "VNPAY_HASH_SECRET",
  "VNPAY_URL",
] as const

/**
 * VNPay's provider when all of its settings are present, none when none is. Half of them would
 * send shoppers to a payment page whose IPN can never be verified: refuse to start.
 */
function vnpayProvider(env: MarketEnv): Record<string, unknown> | null {
  const missing = VNPAY_SETTINGS.filter((key) => !env[key])
  if (missing.length === VNPAY_SETTINGS.length) {
    return null
  }
  if (missing.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${missing.join(", ")} ${missing.length > 1 ? "are" : "is"} required with the other VNPAY_* settings: copy the terminal code (vnp_TmnCode) and secret key (vnp_HashSecret) from VNPay's merchant portal and set VNPAY_URL to its payment address (e.g. https://sandbox.vnpayment.vn/paymentv2/vpcpay.html), or unset them all`
    )
  }
  return {
    resolve: "./src/modules/providers/vnpay",
    id: VNPAY_REGISTRATION_ID,
    options: {
      tmn_code: env.VNPAY_TMN_CODE,
      hash_secret: env.VNPAY_HASH_SECRET,
      payment_url: env.VNPAY_URL,
      storefront_url: env.STOREFRONT_PUBLIC_URL,
    },
  }
}

/** Medusa's payment module with the system provider, VietQR and (when configured) Stripe and VNPay. */
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
  const vnpay = vnpayProvider(env)
  if (vnpay) {
    providers.push(vnpay)
  }
  return { resolve: "@medusajs/medusa/payment", options: { providers } }
}
