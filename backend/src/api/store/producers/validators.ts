import { z } from "@medusajs/framework/zod"

export const StoreListProducersParams = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type StoreListProducersParamsType = z.infer<
  typeof StoreListProducersParams
>

export const StoreGetProducerParams = z.object({})
