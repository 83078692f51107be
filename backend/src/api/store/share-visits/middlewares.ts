import type { MiddlewareRoute } from "@medusajs/framework/http"
import { perClientIp, rateLimit } from "../../utils/rate-limit"
import { validateBodyWithFieldErrors } from "../../utils/validate-body"
import { StoreRecordShareVisit } from "./validators"

export const storeShareVisitMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/store/share-visits",
    middlewares: [
      // A malformed request is refused before it is counted: it reaches nothing worth limiting,
      // and a 429 would hide which field is wrong.
      validateBodyWithFieldErrors(StoreRecordShareVisit),
      rateLimit("shareVisits", [perClientIp]),
    ],
  },
]
