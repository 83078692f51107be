import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { readMarketEnv } from "../../../config/env"
import { signOrderProof } from "../../../utils/order-proof"
import { normalizeVietnamesePhone } from "../../../utils/phone"
import type { StoreOrderLookupType } from "./validators"

/**
 * POST /store/order-lookup — a guest finds their order with its number and the email or phone
 * used at checkout. Both must match, so a number alone reveals nothing. The answer carries a
 * short-lived proof that opens this order's details (`x-order-proof`).
 */
export async function POST(
  req: MedusaRequest<StoreOrderLookupType>,
  res: MedusaResponse
) {
  const { display_id, contact } = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "email", "shipping_address.phone"],
    // display_id is typed as text in the generated filter types but stored as a number.
    filters: { display_id: display_id as unknown as string },
  })
  const phone = normalizeVietnamesePhone(contact)
  const matches =
    !!order &&
    (order.email?.toLowerCase() === contact.toLowerCase() ||
      (!!phone && order.shipping_address?.phone === phone))
  if (!matches) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "No order with this number and email or phone"
    )
  }
  res.json({
    order: { id: order.id },
    proof: signOrderProof(order.id, readMarketEnv().JWT_SECRET),
  })
}
