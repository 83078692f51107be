import {
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"

/**
 * For GET routes that read no query parameter: an unexpected one (a typo, a probe for `fields`
 * or `expand`) answers 400 naming it instead of being silently ignored.
 */
export const rejectQueryParameters = validateAndTransformQuery(z.object({}), {})

/**
 * `rejectQueryParameters` for a whole prefix, except the paths matched by `ownSchema`: those
 * routes validate their query with a schema of their own, which refuses unexpected parameters
 * just the same.
 */
export function rejectQueryParametersExcept(...ownSchema: RegExp[]) {
  return function rejectUnlessOwnSchema(
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) {
    // The mount path may already be cut from `req.path`; the original URL is whole.
    const path = (req.originalUrl ?? req.url).split("?")[0]
    if (ownSchema.some((pattern) => pattern.test(path))) {
      return next()
    }
    return rejectQueryParameters(req, res, next)
  }
}
