import { z } from "@medusajs/framework/zod"

/** Settings of the VietQR provider; medusa-config passes them from the environment. */
export const VietqrOptionsSchema = z.object({
  bank_bin: z.string().regex(/^\d{6}$/, "VIETQR_BANK_BIN must be six digits"),
  bank_name: z.string().min(1).default("Ngân hàng"),
  account_number: z
    .string()
    .regex(
      /^[0-9A-Za-z]{1,19}$/,
      "VIETQR_ACCOUNT_NUMBER must be 1–19 letters or digits"
    ),
  account_name: z.string().min(1),
  webhook_key: z
    .string()
    .min(16, "VIETQR_WEBHOOK_KEY needs at least 16 characters"),
  unpaid_lifetime_minutes: z.number().int().positive().default(30),
})

export type VietqrOptions = z.infer<typeof VietqrOptionsSchema>
