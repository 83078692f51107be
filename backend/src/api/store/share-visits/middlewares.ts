import type { MiddlewareRoute } from "@medusajs/framework/http"
import { perClientIp, rateLimit } from "../../utils/rate-limit"
import { validateBodyWithFieldErrors } from "../../utils/validate-body"
import { StoreRecordShareVisit } from "./validators"

export const storeShareVisitMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/store/share-visits",
    middlewares: [
      rateLimit("shareVisits", [perClientIp]),
      validateBodyWithFieldErrors(StoreRecordShareVisit),
    ],
  },
]
