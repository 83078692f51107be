import { z } from "@medusajs/framework/zod"

/** Settings of the VNPay provider; config/payments.ts passes them from the environment. */
export const VnpayOptionsSchema = z.object({
  tmn_code: z
    .string()
    .regex(
      /^[0-9A-Za-z]{1,8}$/,
      "VNPAY_TMN_CODE must be the 8-character terminal code VNPay gave the market"
    ),
  hash_secret: z
    .string()
    .min(
      16,
      "VNPAY_HASH_SECRET must be the secret key from VNPay's merchant portal"
    ),
  payment_url: z.url(
    "VNPAY_URL must be VNPay's payment address, e.g. https://sandbox.vnpayment.vn/paymentv2/vpcpay.html"
  ),
  /** Where VNPay sends the shopper back: `<storefront_url>/<vi|en>/vnpay-return`. */
  storefront_url: z.url(),
})

export type VnpayOptions = z.infer<typeof VnpayOptionsSchema>
