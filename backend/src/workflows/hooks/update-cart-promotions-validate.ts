import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { refuseUnusableCodes } from "../../domain/promotion-codes"

/**
 * The only handler of this hook. A code the shopper adds must be live now; codes already on
 * the cart that have since expired are dropped by Medusa when it recomputes, as before.
 */
updateCartPromotionsWorkflow.hooks.validate(
  async ({ input, cart }, { container }) => {
    const onCart = new Set(
      (cart.promotions ?? []).flatMap((promotion) =>
        promotion?.code ? [promotion.code] : []
      )
    )
    const added =
      input.action === "remove"
        ? []
        : (input.promo_codes ?? []).filter((code) => !onCart.has(code))
    await refuseUnusableCodes(container, added, new Date())
  }
)
