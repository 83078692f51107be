import { z } from "@medusajs/framework/zod"

/**
 * The query VNPay sends to the IPN and appends to the return URL. Every `vnp_*` parameter is
 * part of what VNPay signed, so unknown ones are kept (VNPay adds fields over time) and
 * anything else is refused; a repeated parameter arrives as a list and is refused too.
 */
export const VnpayCallbackQuery = z
  .object({
    vnp_TmnCode: z.string().min(1).max(20),
    vnp_TxnRef: z.string().min(1).max(100),
    vnp_Amount: z.string().regex(/^\d{1,20}$/, "vnp_Amount must be digits"),
    vnp_ResponseCode: z.string().min(1).max(4),
    vnp_TransactionStatus: z.string().max(4).optional(),
    vnp_SecureHash: z
      .string()
      .regex(/^[0-9A-Fa-f]{128}$/, "vnp_SecureHash must be 128 hex digits"),
  })
  .catchall(z.string().max(1000))
  .refine((query) => Object.keys(query).every((key) => /^vnp_\w+$/.test(key)), {
    message: "Only VNPay's vnp_* parameters are accepted",
  })

export type VnpayCallbackQueryType = z.infer<typeof VnpayCallbackQuery>
