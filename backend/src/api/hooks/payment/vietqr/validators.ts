import { z } from "@medusajs/framework/zod"

/**
 * A bank transaction as SePay's webhook sends it
 * (id, gateway, transactionDate, accountNumber, code, content, transferType, transferAmount,
 * accumulated, subAccount, referenceCode, description).
 */
export const SepayTransaction = z.object({
  id: z.union([z.number().int(), z.string().min(1)]),
  gateway: z.string().nullish(),
  transactionDate: z.string().nullish(),
  accountNumber: z.string().nullish(),
  code: z.string().nullish(),
  content: z.string().nullish(),
  transferType: z.enum(["in", "out"]),
  transferAmount: z.number().int().nonnegative(),
  accumulated: z.number().nullish(),
  subAccount: z.string().nullish(),
  referenceCode: z.string().nullish(),
  description: z.string().nullish(),
})
export type SepayTransactionType = z.infer<typeof SepayTransaction>
