import { refreshCartItemsWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  restoreDiscountAmounts,
  roundDiscountsToWholeDong,
} from "../promotions/round-discounts"

/**
 * The only handler of this hook. Every change to a cart's lines, address or codes recomputes
 * its promotions here; the discounts are rounded to whole đồng before the payment collection
 * takes the cart's total, so the amount to transfer is the order's total.
 */
refreshCartItemsWorkflow.hooks.beforeRefreshingPaymentCollection(
  async ({ input }, { container }) => {
    const previous = await roundDiscountsToWholeDong(container, input.cart_id)
    return new StepResponse(undefined, previous)
  },
  async (previous, { container }) => {
    await restoreDiscountAmounts(container, previous)
  }
)
