import { z } from "@medusajs/framework/zod"

export const StoreOrderLookup = z.object({
  display_id: z.number().int().positive(),
  /** The email or the phone number given at checkout. */
  contact: z.string().trim().min(3).max(200),
})
export type StoreOrderLookupType = z.infer<typeof StoreOrderLookup>
