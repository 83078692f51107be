import type { MiddlewareRoute } from "@medusajs/framework/http"
import { StoreRecordListingClick } from "./validators"
import { perClientIp, rateLimit } from "../../utils/rate-limit"
import { validateBodyWithFieldErrors } from "../../utils/validate-body"

export const storeMarketplaceListingMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/store/marketplace-listings/:id/click",
    middlewares: [
      // A malformed request is refused before it is counted: it reaches nothing worth limiting,
      // and a 429 would hide which field is wrong.
      validateBodyWithFieldErrors(StoreRecordListingClick),
      rateLimit("linkClicks", [perClientIp]),
    ],
  },
]
