import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  getVariantAvailability,
} from "@medusajs/framework/utils"

type LineBody = { variant_id?: unknown; quantity?: unknown }

type CartLines = {
  sales_channel_id: string | null
  items: { id: string; variant_id: string | null; quantity: number }[]
}

function refuse(res: MedusaResponse, message: string) {
  res.status(400).json({
    type: "invalid_data",
    message: `quantity: ${message}`,
    errors: [{ field: "quantity", message }],
  })
}

async function cartLines(req: MedusaRequest): Promise<CartLines | null> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: [
      "sales_channel_id",
      "items.id",
      "items.variant_id",
      "items.quantity",
    ],
    filters: { id: req.params.id },
  })
  return (cart as unknown as CartLines) ?? null
}

/**
 * A cart line must be a whole number ≥ 1 within what the shop can deliver (issue 3). Medusa
 * answers 0 on update by deleting the line and an over-stock add with a message naming no
 * field; the storefront removes lines with DELETE, so both are refused here with the field
 * named, before anything is written. Registered without `methods` so it runs ahead of core.
 */
export async function validateCartLineQuantity(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (req.method !== "POST") {
    return next()
  }
  const body = (req.body ?? {}) as LineBody
  const quantity = body.quantity
  if (typeof quantity !== "number" || !Number.isInteger(quantity)) {
    return refuse(
      res,
      "Số lượng phải là số nguyên từ 1 trở lên / Quantity must be a whole number, 1 or more"
    )
  }
  if (quantity < 1) {
    return refuse(
      res,
      "Số lượng phải từ 1 trở lên; để bỏ sản phẩm hãy xoá dòng / Quantity must be 1 or more; delete the line to remove it"
    )
  }
  const cart = await cartLines(req)
  if (!cart?.sales_channel_id) {
    // Unknown cart: Medusa's own route answers 404.
    return next()
  }
  const line = req.params.line_id
    ? cart.items.find((item) => item.id === req.params.line_id)
    : undefined
  const variantId = line?.variant_id ?? body.variant_id
  if (typeof variantId !== "string") {
    return next()
  }
  // Adding puts the new units on top of what the cart already holds of that variant.
  const wanted = line
    ? quantity
    : quantity +
      cart.items
        .filter((item) => item.variant_id === variantId)
        .reduce((sum, item) => sum + Number(item.quantity), 0)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const availability = await getVariantAvailability(query, {
    variant_ids: [variantId],
    sales_channel_id: cart.sales_channel_id,
  })
  const available = availability[variantId]?.availability
  // null: the variant does not manage inventory, so there is no limit to check.
  if (available !== null && available !== undefined && wanted > available) {
    return refuse(
      res,
      `Chỉ còn ${available} trong kho / Only ${available} left in stock`
    )
  }
  next()
}

export const storeCartQuantityMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/carts/:id/line-items",
    middlewares: [validateCartLineQuantity],
  },
  {
    matcher: "/store/carts/:id/line-items/:line_id",
    middlewares: [validateCartLineQuantity],
  },
]
