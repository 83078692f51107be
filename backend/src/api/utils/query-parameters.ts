import {
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { recordValidatedInput } from "./validated-input"

type QueryConfig = Parameters<typeof validateAndTransformQuery>[1]

/**
 * Medusa's `validateAndTransformQuery`, with its schema recorded on the middleware as Medusa
 * applies it: strict, an unknown parameter refused by name.
 */
export function validateQuery(schema: z.ZodObject, config: QueryConfig) {
  return recordValidatedInput(validateAndTransformQuery(schema, config), {
    part: "query",
    schema: schema.strict(),
  })
}

/**
 * For GET routes that read no query parameter: an unexpected one (a typo, a probe for `fields`
 * or `expand`) answers 400 naming it instead of being silently ignored.
 */
export const rejectQueryParameters = validateQuery(z.object({}), {})

/**
 * `rejectQueryParameters` for a whole prefix, except the paths matched by `ownSchema`: those
 * routes validate their query with a schema of their own, which refuses unexpected parameters
 * just the same. Recorded as the empty schema: no path under the prefix takes a parameter it
 * does not name.
 */
export function rejectQueryParametersExcept(...ownSchema: RegExp[]) {
  const rejectUnlessOwnSchema = (
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) => {
    // The mount path may already be cut from `req.path`; the original URL is whole.
    const path = (req.originalUrl ?? req.url).split("?")[0]
    if (ownSchema.some((pattern) => pattern.test(path))) {
      return next()
    }
    return rejectQueryParameters(req, res, next)
  }
  return recordValidatedInput(rejectUnlessOwnSchema, {
    part: "query",
    schema: z.object({}).strict(),
  })
}
