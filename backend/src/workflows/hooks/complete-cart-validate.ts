import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import {
  cartAsChange,
  productsOnSale,
  quantitiesInStock,
  runCartChecks,
  vietnameseAddresses,
  type CartCheck,
} from "../../domain/cart-checks"
import { promotionCodesLive } from "../../domain/promotion-codes"
import { shopperReachable } from "../../domain/shopper-contact"
import { unpaidTransfersWithinLimit } from "../../domain/unpaid-orders"

/**
 * What a cart must satisfy to become an order, in order; the only handler of this hook. A
 * product hidden after it was put in the cart stops the completion here, before any payment
 * is authorized. Pre-ordered units are checked here for a clear refusal, and counted once more
 * when the order is created, where two carts racing for the last units cannot both win.
 */
export const completeCartChecks: CartCheck[] = [
  productsOnSale,
  quantitiesInStock,
  vietnameseAddresses,
  shopperReachable,
  unpaidTransfersWithinLimit,
  promotionCodesLive,
]

completeCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  await runCartChecks(
    completeCartChecks,
    await cartAsChange(container, input.id),
    container
  )
})
