import { z } from "@medusajs/framework/zod"
import { BANK_TRANSACTION_OUTCOMES } from "../../../types/bank-transfer/module"

/** Without `outcome`, the transfers an officer still has to resolve. */
export const AdminListBankTransactionsParams = z.object({
  outcome: z.enum(BANK_TRANSACTION_OUTCOMES).optional(),
})
export type AdminListBankTransactionsParamsType = z.infer<
  typeof AdminListBankTransactionsParams
>
