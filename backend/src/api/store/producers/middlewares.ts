import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../utils/query-parameters"
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
      validateQuery(StoreListProducersParams, listStoreProducersQueryConfig),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/store/producers/:handle",
    middlewares: [
      validateQuery(StoreGetProducerParams, retrieveStoreProducerQueryConfig),
    ],
  },
]
