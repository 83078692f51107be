import { updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import {
  productsOnSale,
  quantitiesInStock,
  runCartChecks,
  type CartCheck,
} from "../../domain/cart-checks"

/** What changing a cart line must satisfy, in order; the only handler of this hook. */
export const updateLineItemInCartChecks: CartCheck[] = [
  productsOnSale,
  quantitiesInStock,
]

updateLineItemInCartWorkflow.hooks.validate(
  async ({ input }, { container }) => {
    await runCartChecks(
      updateLineItemInCartChecks,
      {
        cart_id: input.cart_id,
        lines: [{ line_id: input.item_id, quantity: input.update.quantity }],
        addresses: {},
      },
      container
    )
  }
)
