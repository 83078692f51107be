import { z } from "@medusajs/framework/zod"

export const StoreRecordListingClick = z
  .object({
    locale: z
      .string()
      .regex(
        /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/,
        "locale must look like vi or en-US"
      )
      .optional(),
  })
  .nullish()
export type StoreRecordListingClickType = z.infer<
  typeof StoreRecordListingClick
>
