import { validateAndTransformQuery } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"

/**
 * For GET routes that read no query parameter: an unexpected one (a typo, a probe for `fields`
 * or `expand`) answers 400 naming it instead of being silently ignored.
 */
export const rejectQueryParameters = validateAndTransformQuery(z.object({}), {})
