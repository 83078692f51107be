import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"

/**
 * A module provider's settings as its schema reads them, or one error naming every problem;
 * `label` says whose ("VietQR payment", "Zalo ZNS").
 */
export function providerSettings<TSchema extends z.ZodType>(
  schema: TSchema,
  label: string,
  options: unknown
): z.infer<TSchema> {
  const parsed = schema.safeParse(options)
  if (!parsed.success) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${label} settings are invalid: ${parsed.error.issues
        .map((issue) => issue.message)
        .join("; ")}`
    )
  }
  return parsed.data
}
