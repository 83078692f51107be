import {
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { StoreRecordListingClick } from "./validators"

export const storeMarketplaceListingMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/store/marketplace-listings/:id/click",
    middlewares: [validateAndTransformBody(StoreRecordListingClick)],
  },
]
