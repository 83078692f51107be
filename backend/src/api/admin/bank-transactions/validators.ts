import { z } from "@medusajs/framework/zod"
import { BANK_TRANSACTION_OUTCOMES } from "../../../types/bank-transfer/module"

/** Without `outcome`, the transfers an officer still has to look at. */
export const AdminListBankTransactionsParams = z.object({
  outcome: z.enum(BANK_TRANSACTION_OUTCOMES).optional(),
  /** Part of a reference or of the transfer's content. */
  q: z.string().trim().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminListBankTransactionsParamsType = z.infer<
  typeof AdminListBankTransactionsParams
>

export const AdminMatchBankTransaction = z.object({
  order_id: z
    .string({ error: "order_id is required: the order this transfer pays" })
    .trim()
    .min(1, "order_id is required: the order this transfer pays"),
})
export type AdminMatchBankTransactionType = z.infer<
  typeof AdminMatchBankTransaction
>
