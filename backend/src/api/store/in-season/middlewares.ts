import type { MiddlewareRoute } from "@medusajs/framework/http"
import { rejectQueryParameters } from "../../utils/query-parameters"

// The answer depends on the month alone: a parameter (a typo, a probe for `fields`) is refused.
export const storeInSeasonMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/in-season",
    middlewares: [rejectQueryParameters],
  },
]
