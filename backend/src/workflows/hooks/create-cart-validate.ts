import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import {
  productsOnSale,
  quantitiesInStock,
  runCartChecks,
  vietnameseAddresses,
  writtenAddress,
  type CartCheck,
} from "../../domain/cart-checks"

/** What a new cart must satisfy, in order; the only handler of this hook. */
export const createCartChecks: CartCheck[] = [
  productsOnSale,
  quantitiesInStock,
  vietnameseAddresses,
]

createCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  await runCartChecks(
    createCartChecks,
    {
      sales_channel_id: input.sales_channel_id,
      lines: (input.items ?? []).map((item) => ({
        variant_id: item.variant_id,
        quantity: item.quantity,
      })),
      addresses: {
        shipping_address: writtenAddress(input.shipping_address),
        billing_address: writtenAddress(input.billing_address),
      },
    },
    container
  )
})
