import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import {
  cartAsChange,
  productsOnSale,
  runCartChecks,
  vietnameseAddresses,
  type CartCheck,
} from "../../domain/cart-checks"
import { shopperReachable } from "../../domain/shopper-contact"
import { unpaidTransfersWithinLimit } from "../../domain/unpaid-orders"

/**
 * What a cart must satisfy to become an order, in order; the only handler of this hook. A
 * product hidden after it was put in the cart stops the completion here, before any payment
 * is authorized.
 */
export const completeCartChecks: CartCheck[] = [
  productsOnSale,
  vietnameseAddresses,
  shopperReachable,
  unpaidTransfersWithinLimit,
]

completeCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  await runCartChecks(
    completeCartChecks,
    await cartAsChange(container, input.id),
    container
  )
})
