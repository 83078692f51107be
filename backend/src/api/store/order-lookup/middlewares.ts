import {
  type MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { StoreOrderLookup } from "./validators"

export const storeOrderLookupMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/store/order-lookup",
    middlewares: [validateAndTransformBody(StoreOrderLookup)],
  },
]
