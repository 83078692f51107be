// VNPay is offered in the Việt Nam region only when the backend registered its provider (all
// three VNPAY_* settings, src/config/payments.ts). The seed and the migration script
// link-vnpay-to-region run once per database; a market that gets VNPay later runs
//   npx medusa exec ./src/scripts/enable-vnpay-payments.ts
import type { MedusaContainer } from "@medusajs/framework/types"
import { VNPAY_PROVIDER_ID } from "../../utils/payment-providers"
import { offerPaymentProviderInVndRegions } from "./region-payment-providers"

/** Adds VNPay to every VND region that lacks it; returns the regions changed (none on a rerun). */
export function attachVnpayPayments(container: MedusaContainer) {
  return offerPaymentProviderInVndRegions(container, VNPAY_PROVIDER_ID)
}
