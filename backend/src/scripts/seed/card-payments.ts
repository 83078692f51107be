// Cards through Stripe are offered in the Việt Nam region only when the backend registered the
// Stripe provider (STRIPE_API_KEY + STRIPE_WEBHOOK_SECRET, src/config/payments.ts). The seed runs
// once per database, so this step is also its own script for a market that gets Stripe later:
//   npx medusa exec ./src/scripts/enable-card-payments.ts
import type { MedusaContainer } from "@medusajs/framework/types"
import { STRIPE_PROVIDER_ID } from "../../utils/payment-providers"
import { offerPaymentProviderInVndRegions } from "./region-payment-providers"

/** Adds Stripe to every VND region that lacks it; returns the regions changed (none on a rerun). */
export function attachCardPayments(container: MedusaContainer) {
  return offerPaymentProviderInVndRegions(container, STRIPE_PROVIDER_ID)
}
