import type { MiddlewareRoute } from "@medusajs/framework/http"
import { normalizeVietnamesePhone } from "../../../utils/phone"
import { type CounterKey, perClientIp, rateLimit } from "../../utils/rate-limit"
import { validateBodyWithFieldErrors } from "../../utils/validate-body"
import { StorePhoneVerification } from "./validators"

/** Each request sends a Zalo message to the number: counted per number wherever it comes from. */
const perPhone: CounterKey = {
  scope: "subject",
  key: (req) => {
    const phone = (req.body as { phone?: unknown } | undefined)?.phone
    const normalized =
      typeof phone === "string" ? normalizeVietnamesePhone(phone) : null
    return normalized ? `phone-code:${normalized}` : null
  },
}

export const storePhoneVerificationMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/store/phone-verifications",
    middlewares: [
      // A malformed request is refused before it is counted: it reaches nothing worth limiting,
      // and a 429 would hide which field is wrong.
      validateBodyWithFieldErrors(StorePhoneVerification),
      rateLimit("signInAccount", [perPhone]),
      rateLimit("signInIp", [perClientIp]),
    ],
  },
]
