import type {
  MedusaResponse,
  MedusaStoreRequest,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  applyPromotionCodesWorkflow,
  type ApplyPromotionCodesInput,
} from "../../../../../workflows/promotions/apply-promotion-codes"

type PromotionCodesBody = { promo_codes: string[] }

// These replace Medusa's own handlers at the same path (its body and query validation still
// run first), so that a code goes through the cart refresh and comes back with a reason when
// it lowered nothing.

async function answer(
  req: MedusaStoreRequest<PromotionCodesBody>,
  res: MedusaResponse,
  action: ApplyPromotionCodesInput["action"]
) {
  const { result } = await applyPromotionCodesWorkflow(req.scope).run({
    input: {
      cart_id: req.params.id,
      promo_codes: req.validatedBody.promo_codes,
      action,
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: req.queryConfig.fields,
    filters: { id: req.params.id },
  })
  res.json({ cart, not_applied: result.not_applied })
}

/** POST /store/carts/:id/promotions — adds codes; `not_applied` says why one lowered nothing. */
export const POST = (
  req: MedusaStoreRequest<PromotionCodesBody>,
  res: MedusaResponse
) => answer(req, res, "add")

/** DELETE /store/carts/:id/promotions — takes codes off the cart. */
export const DELETE = (
  req: MedusaStoreRequest<PromotionCodesBody>,
  res: MedusaResponse
) => answer(req, res, "remove")
