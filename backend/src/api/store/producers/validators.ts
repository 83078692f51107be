import { z } from "@medusajs/framework/zod"
import { PUBLIC_PRODUCER_FIELDS } from "../../utils/public-producer-fields"

const PUBLIC = new Set<string>(PUBLIC_PRODUCER_FIELDS)

/**
 * An optional comma-separated choice among the public fields; any other name is refused by
 * name, so a probe for the paperwork (consent, onboarder) gets a 400, not a quiet omission.
 */
/** `fields` as a list of names, without the `+` a client may put in front of each. */
export function parsePublicFields(value: string): string[] {
  return value
    .split(",")
    .map((field) => field.trim().replace(/^\+/, ""))
    .filter(Boolean)
}

// Kept a string: Medusa's query config reads `fields` as one after validation.
const publicFields = z
  .string()
  .superRefine((value, ctx) => {
    const refused = parsePublicFields(value).find((field) => !PUBLIC.has(field))
    if (refused) {
      ctx.addIssue({
        code: "custom",
        message: `fields: ${refused} is not public. Choose among ${PUBLIC_PRODUCER_FIELDS.join(", ")}`,
      })
    }
  })
  .optional()

export const StoreListProducersParams = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(20),
  offset: z.coerce.number().int().min(0).default(0),
  fields: publicFields,
})
export type StoreListProducersParamsType = z.infer<
  typeof StoreListProducersParams
>

export const StoreGetProducerParams = z.object({ fields: publicFields })
export type StoreGetProducerParamsType = z.infer<typeof StoreGetProducerParams>
