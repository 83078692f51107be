import { updateCartWorkflow } from "@medusajs/medusa/core-flows"
import {
  runCartChecks,
  vietnameseAddresses,
  writtenAddress,
  type CartCheck,
} from "../../domain/cart-checks"

/** What a cart's new details must satisfy, in order; the only handler of this hook. */
export const updateCartChecks: CartCheck[] = [vietnameseAddresses]

updateCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  await runCartChecks(
    updateCartChecks,
    {
      lines: [],
      addresses: {
        shipping_address: writtenAddress(input.shipping_address),
        billing_address: writtenAddress(input.billing_address),
      },
    },
    container
  )
})
