import type { MiddlewareRoute } from "@medusajs/framework/http"
import { rejectQueryParameters } from "../../utils/query-parameters"

export const storeOrderSummaryMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/orders/:id/summary",
    middlewares: [rejectQueryParameters],
  },
]
