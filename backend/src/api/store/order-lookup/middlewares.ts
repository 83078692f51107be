import type { MiddlewareRoute } from "@medusajs/framework/http"
import { normalizeVietnamesePhone } from "../../../utils/phone"
import { type CounterKey, perClientIp, rateLimit } from "../../utils/rate-limit"
import { validateBodyWithFieldErrors } from "../../utils/validate-body"
import { StoreOrderLookup } from "./validators"

/** The contact is half of what opens an order, so it has its own counter wherever guesses come from. */
const perContact: CounterKey = {
  scope: "subject",
  key: (req) => {
    const contact = (req.body as { contact?: unknown } | undefined)?.contact
    if (typeof contact !== "string" || !contact.trim()) {
      return null
    }
    return normalizeVietnamesePhone(contact) ?? contact.trim().toLowerCase()
  },
}

export const storeOrderLookupMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/store/order-lookup",
    middlewares: [
      // A malformed request is refused before it is counted: it reaches nothing worth limiting,
      // and a 429 would hide which field is wrong.
      validateBodyWithFieldErrors(StoreOrderLookup),
      rateLimit("orderLookup", [perClientIp, perContact]),
    ],
  },
]
