import { z } from "@medusajs/framework/zod"

/** A refund an officer already sent back by bank transfer. */
export const AdminRecordBankRefund = z.object({
  amount: z.number().int().positive(),
  bank_reference: z.string().trim().min(3).max(100),
})
export type AdminRecordBankRefundType = z.infer<typeof AdminRecordBankRefund>
