import {
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { StoreRecordListingClick } from "./validators"
import { perClientIp, rateLimit } from "../../utils/rate-limit"

export const storeMarketplaceListingMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/store/marketplace-listings/:id/click",
    middlewares: [
      rateLimit("linkClicks", [perClientIp]),
      validateAndTransformBody(StoreRecordListingClick),
    ],
  },
]
