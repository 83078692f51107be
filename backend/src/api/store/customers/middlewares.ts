import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  checkCartAddress,
  describeFieldErrors,
  type CartAddress,
  type FieldError,
} from "../../../domain/cart-rules"

/** What a delivery needs: the checkout asks for each of these too. */
const REQUIRED_FIELDS = [
  "first_name",
  "address_1",
  "phone",
  "province",
  "city",
] as const

/**
 * A saved address is offered at checkout, so it obeys the same rule as a cart's: a Vietnamese
 * mobile, a 2025 province and ward. Valid values are stored in their normal form (E.164 phone,
 * the list's names); otherwise 400 names each field.
 */
export function validateSavedAddress(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const body = req.validatedBody as Record<string, unknown> & CartAddress
  const creating = !req.params.address_id
  const missing: FieldError[] = creating
    ? REQUIRED_FIELDS.filter(
        (field) => typeof body[field] !== "string" || !body[field]
      ).map((field) => ({
        field,
        message: "Bắt buộc / Required",
      }))
    : []
  const { normalized, errors } = checkCartAddress(null, {
    ...body,
    country_code: body.country_code ?? "vn",
  })
  const problems = [
    ...missing,
    ...errors.filter((error) => !missing.some((m) => m.field === error.field)),
  ]
  if (problems.length) {
    res.status(400).json({
      type: "invalid_data",
      message: describeFieldErrors(problems),
      errors: problems,
    })
    return
  }
  Object.assign(body, normalized)
  next()
}

export const storeCustomerMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/store/customers/me/addresses",
    middlewares: [validateSavedAddress],
  },
  {
    methods: ["POST"],
    matcher: "/store/customers/me/addresses/:address_id",
    middlewares: [validateSavedAddress],
  },
]
