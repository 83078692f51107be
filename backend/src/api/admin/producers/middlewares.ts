import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  listAdminProducersQueryConfig,
  retrieveAdminProducerQueryConfig,
} from "./query-config"
import {
  AdminCreateProducer,
  AdminGetProducerParams,
  AdminLinkProducerProducts,
  AdminListProducersParams,
  AdminSuspendProducer,
  AdminUpdateProducer,
  AdminVerifyProducer,
} from "./validators"

export const adminProducerMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/producers",
    middlewares: [
      validateAndTransformQuery(
        AdminListProducersParams,
        listAdminProducersQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/producers",
    middlewares: [validateAndTransformBody(AdminCreateProducer)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/producers/:id",
    middlewares: [
      validateAndTransformQuery(
        AdminGetProducerParams,
        retrieveAdminProducerQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/producers/:id",
    middlewares: [validateAndTransformBody(AdminUpdateProducer)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/producers/:id/products",
    middlewares: [validateAndTransformBody(AdminLinkProducerProducts)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/producers/:id/verify",
    middlewares: [validateAndTransformBody(AdminVerifyProducer)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/producers/:id/reinstate",
    middlewares: [validateAndTransformBody(AdminVerifyProducer)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/producers/:id/suspend",
    middlewares: [validateAndTransformBody(AdminSuspendProducer)],
  },
]
