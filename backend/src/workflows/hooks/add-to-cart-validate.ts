import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import {
  productsOnSale,
  quantitiesInStock,
  runCartChecks,
  type CartCheck,
} from "../../domain/cart-checks"

/** What adding lines to a cart must satisfy, in order; the only handler of this hook. */
export const addToCartChecks: CartCheck[] = [productsOnSale, quantitiesInStock]

addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  await runCartChecks(
    addToCartChecks,
    {
      cart_id: input.cart_id,
      lines: (input.items ?? []).map((item) => ({
        variant_id: item.variant_id,
        quantity: item.quantity,
      })),
      addresses: {},
    },
    container
  )
})
