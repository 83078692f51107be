/**
 * Payment provider ids, written once. Medusa names a registered payment provider
 * `pp_<service identifier>_<registration id>`; carts, regions and payment sessions carry that
 * name, so a renamed registration in config/payments.ts must change the full id here too.
 */

/** The `id` under which each provider is registered in the payment module's options. */
export const VIETQR_REGISTRATION_ID = "vietqr"
export const STRIPE_REGISTRATION_ID = "stripe"
export const VNPAY_REGISTRATION_ID = "vnpay"

export const VIETQR_PROVIDER_ID = `pp_vietqr_${VIETQR_REGISTRATION_ID}`
export const STRIPE_PROVIDER_ID = `pp_stripe_${STRIPE_REGISTRATION_ID}`
export const VNPAY_PROVIDER_ID = `pp_vnpay_${VNPAY_REGISTRATION_ID}`
/** Medusa's built-in manual provider, which every region keeps next to the market's own. */
export const SYSTEM_PROVIDER_ID = "pp_system_default"
