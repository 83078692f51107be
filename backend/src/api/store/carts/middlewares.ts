import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  addressErrors,
  lineQuantityErrors,
  type CartChange,
} from "../../../domain/cart-checks"
import {
  describeFieldErrors,
  type CartAddress,
  type FieldError,
} from "../../../domain/cart-rules"
import { cartUnpaidTransfersRefusal } from "../../../domain/unpaid-orders"
import { messageLocale } from "../../../utils/request-locale"
import { perClientIp, rateLimit } from "../../utils/rate-limit"

// The same rules guard Medusa's cart workflows in their hooks (workflows/hooks/); here they
// answer a shopper's request with every field problem at once, before core writes anything.

function refuse(res: MedusaResponse, errors: FieldError[]) {
  res.status(400).json({
    type: "invalid_data",
    message: describeFieldErrors(errors),
    errors,
  })
}

/** Puts valid phones and place names of a cart write in their stored form, or refuses with 400. */
export function validateVietnameseCartAddress(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const body = req.validatedBody as Record<string, CartAddress | undefined>
  const { normalized, errors } = addressErrors({
    lines: [],
    addresses: {
      shipping_address: body?.shipping_address,
      billing_address: body?.billing_address,
    },
  })
  if (errors.length) {
    return refuse(res, errors)
  }
  for (const [name, address] of Object.entries(normalized)) {
    Object.assign(body[name] as CartAddress, address)
  }
  next()
}

/**
 * A line's quantity: a whole number ≥ 1 within what the shop can deliver. Medusa deletes a line
 * updated to 0 and refuses an over-stock add without naming a field; the storefront removes
 * lines with DELETE, so both are refused with the field named. Registered without `methods`
 * so it runs ahead of core's own validation.
 */
export async function validateCartLineQuantity(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (req.method !== "POST") {
    return next()
  }
  const body = (req.body ?? {}) as { variant_id?: unknown; quantity?: unknown }
  const change: CartChange = {
    cart_id: req.params.id,
    lines: [
      {
        line_id: req.params.line_id ?? null,
        variant_id:
          typeof body.variant_id === "string" ? body.variant_id : null,
        quantity: body.quantity,
      },
    ],
    addresses: {},
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const errors = await lineQuantityErrors(query, change)
  if (errors.length) {
    return refuse(res, errors)
  }
  next()
}

/** 409 with the sentence when the shopper already holds too many unpaid transfer orders. */
export async function refuseUnpaidTransfersOverLimit(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const refusal = await cartUnpaidTransfersRefusal(req.scope, req.params.id)
  if (!refusal) {
    return next()
  }
  const locale = messageLocale(
    req.get("x-medusa-locale"),
    req.get("accept-language")
  )
  res
    .status(409)
    .json({ type: "unpaid_orders_limit", message: refusal[locale] })
}

export const storeCartMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/store/carts",
    middlewares: [validateVietnameseCartAddress],
  },
  {
    methods: ["POST"],
    matcher: "/store/carts/:id",
    middlewares: [validateVietnameseCartAddress],
  },
  {
    matcher: "/store/carts/:id/line-items",
    middlewares: [validateCartLineQuantity],
  },
  {
    matcher: "/store/carts/:id/line-items/:line_id",
    middlewares: [validateCartLineQuantity],
  },
  {
    // Only refused codes count: a guesser's unknown codes, not a shopper's working one.
    methods: ["POST"],
    matcher: "/store/carts/:id/promotions",
    middlewares: [
      rateLimit("promoCodes", [perClientIp], { countOnlyStatus: 400 }),
    ],
  },
  {
    // Each completion reserves stock and, for VietQR, holds it until payment or expiry.
    methods: ["POST"],
    matcher: "/store/carts/:id/complete",
    middlewares: [
      rateLimit("cartComplete", [perClientIp]),
      refuseUnpaidTransfersOverLimit,
    ],
  },
]
