import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { describeFieldErrors, type FieldError } from "../../domain/cart-rules"
import { recordValidatedInput } from "./validated-input"

type BodySchema = z.ZodType

/** One entry per problem, named by its field path so a form can mark the input. */
export function fieldErrorsOf(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({
          field: [...issue.path, key].join("."),
          message: `${key} is not a field of this request: leave it out`,
        }))
      : [{ field: issue.path.join("."), message: issue.message }]
  )
}

/**
 * Like Medusa's `validateAndTransformBody` (object bodies are strict), but a refused body
 * answers 400 with `errors: [{ field, message }]` as the cart routes do, so the storefront's
 * forms can point at every wrong input instead of parsing one sentence.
 */
export function validateBodyWithFieldErrors(schema: BodySchema) {
  const strictSchema = schema instanceof z.ZodObject ? schema.strict() : schema
  const validateBody = async (
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) => {
    const result = await strictSchema.safeParseAsync(req.body ?? {})
    if (!result.success) {
      const errors = fieldErrorsOf(result.error)
      res.status(400).json({
        type: "invalid_data",
        message: `Invalid request: ${describeFieldErrors(errors)}`,
        errors,
      })
      return
    }
    req.validatedBody = result.data
    next()
  }
  return recordValidatedInput(validateBody, {
    part: "body",
    schema: strictSchema,
  })
}
