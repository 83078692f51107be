import {
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  listStoreProducersQueryConfig,
  retrieveStoreProducerQueryConfig,
} from "./query-config"
import { StoreGetProducerParams, StoreListProducersParams } from "./validators"

export const storeProducerMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/producers",
    middlewares: [
      validateAndTransformQuery(
        StoreListProducersParams,
        listStoreProducersQueryConfig
      ),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/store/producers/:handle",
    middlewares: [
      validateAndTransformQuery(
        StoreGetProducerParams,
        retrieveStoreProducerQueryConfig
      ),
    ],
  },
]
