import { z } from "@medusajs/framework/zod"

/** Which part of a request a validator reads. */
export type RequestPart = "body" | "query"

/** The schema a validating middleware applies, and to which part of the request. */
export type ValidatedInput = { part: RequestPart; schema: z.ZodType }

const validatedInputs = new WeakMap<object, ValidatedInput>()

/**
 * Remembers the schema a validating middleware applies, so that the route table itself says
 * which schema guards which route: the property tests read it there instead of keeping a list
 * that could fall behind the middlewares.
 */
export function recordValidatedInput<T extends object>(
  middleware: T,
  input: ValidatedInput
): T {
  validatedInputs.set(middleware, input)
  return middleware
}

/** The schema a middleware validates with, if it is one of the market's validators. */
export function validatedInputOf(middleware: unknown): ValidatedInput | null {
  return typeof middleware === "function"
    ? (validatedInputs.get(middleware) ?? null)
    : null
}
