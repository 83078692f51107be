import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { zaloCarriesOrders } from "../../../domain/shopper-contact"

export type StoreMessageChannelsResponse = {
  /** Whether the checkout may offer order messages on Zalo (then email is optional). */
  zalo: boolean
}

/** GET /store/message-channels — how this market can tell shoppers about their orders. */
export async function GET(
  _req: MedusaRequest,
  res: MedusaResponse<StoreMessageChannelsResponse>
) {
  res.json({ zalo: zaloCarriesOrders() })
}
