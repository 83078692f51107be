import { z } from "@medusajs/framework/zod"
import { SHARE_SOURCES } from "../../../types/sharing/module"

export const StoreRecordListingClick = z.object({
  locale: z
    .string()
    .regex(
      /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/,
      "locale must look like vi or en-US"
    )
    .optional(),
  source: z
    .enum(SHARE_SOURCES, {
      error: `source must be one of ${SHARE_SOURCES.join(", ")}`,
    })
    .optional(),
})
export type StoreRecordListingClickType = z.infer<
  typeof StoreRecordListingClick
>
