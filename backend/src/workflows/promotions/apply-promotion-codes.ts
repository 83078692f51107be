import {
  refreshCartItemsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { explainUnappliedCodesStep } from "./steps/explain-unapplied-codes"

export type ApplyPromotionCodesInput = {
  cart_id: string
  promo_codes: string[]
  /** `add` puts codes beside those on the cart, `remove` takes them off. */
  action: "add" | "remove"
}

export const applyPromotionCodesWorkflowId = "apply-promotion-codes"

/**
 * Adds or removes a shopper's promotion codes through Medusa's cart refresh, the same path a
 * change of lines takes: the validate hook refuses a code that is not live, the discounts are
 * recomputed and rounded to whole đồng, and the payment collection follows the new total.
 * Answers why a code just added lowered nothing.
 */
export const applyPromotionCodesWorkflow = createWorkflow(
  applyPromotionCodesWorkflowId,
  (input: ApplyPromotionCodesInput) => {
    const { data: carts } = useQueryGraphStep({
      entity: "cart",
      fields: ["id", "promotions.code"],
      filters: { id: input.cart_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "cart-codes" })

    const codes = transform({ input, carts }, ({ input, carts }) => {
      const onCart = (carts[0]?.promotions ?? []).flatMap((promotion) =>
        promotion?.code ? [promotion.code] : []
      )
      return input.action === "add"
        ? [...new Set([...onCart, ...input.promo_codes])]
        : onCart.filter((code) => !input.promo_codes.includes(code))
    })

    refreshCartItemsWorkflow.runAsStep({
      input: transform({ input, codes }, ({ input, codes }) => ({
        cart_id: input.cart_id,
        promo_codes: codes,
      })),
    })

    const notApplied = explainUnappliedCodesStep(
      transform({ input }, ({ input }) => ({
        cart_id: input.cart_id,
        codes: input.action === "add" ? input.promo_codes : [],
      }))
    )
    return new WorkflowResponse({ not_applied: notApplied })
  }
)
