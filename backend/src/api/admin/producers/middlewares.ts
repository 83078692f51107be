import type { MiddlewareRoute } from "@medusajs/framework/http"
import {
  listAdminProducersQueryConfig,
  retrieveAdminProducerQueryConfig,
} from "./query-config"
import {
  AdminCreateProducer,
  AdminCreateProducerInvite,
  AdminGetProducerParams,
  AdminLinkProducerProducts,
  AdminListProducersParams,
  AdminQrSheetQuery,
  AdminSuspendProducer,
  AdminUpdateProducer,
  AdminVerifyProducer,
} from "./validators"
import { validateBodyWithFieldErrors } from "../../utils/validate-body"
import {
  rejectQueryParameters,
  validateQuery,
} from "../../utils/query-parameters"
import { perActor, rateLimit } from "../../utils/rate-limit"

export const adminProducerMiddlewares: MiddlewareRoute[] = [
  ...[
    "/admin/producers/:id/history",
    "/admin/producers/:id/members",
    "/admin/producers/:id/invites",
  ].map((matcher): MiddlewareRoute => ({
    methods: ["GET"],
    matcher,
    middlewares: [rejectQueryParameters],
  })),
  {
    methods: ["GET"],
    matcher: "/admin/producers/:id/qr.pdf",
    middlewares: [
      validateQuery(AdminQrSheetQuery, {}),
      rateLimit("qrSheets", [perActor]),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/producers/:id/invites",
    middlewares: [validateBodyWithFieldErrors(AdminCreateProducerInvite)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/producers",
    middlewares: [
      validateQuery(AdminListProducersParams, listAdminProducersQueryConfig),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/producers",
    middlewares: [validateBodyWithFieldErrors(AdminCreateProducer)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/producers/:id",
    middlewares: [
      validateQuery(AdminGetProducerParams, retrieveAdminProducerQueryConfig),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/producers/:id",
    middlewares: [validateBodyWithFieldErrors(AdminUpdateProducer)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/producers/:id/products",
    middlewares: [validateBodyWithFieldErrors(AdminLinkProducerProducts)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/producers/:id/verify",
    middlewares: [validateBodyWithFieldErrors(AdminVerifyProducer)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/producers/:id/reinstate",
    middlewares: [validateBodyWithFieldErrors(AdminVerifyProducer)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/producers/:id/suspend",
    middlewares: [validateBodyWithFieldErrors(AdminSuspendProducer)],
  },
]
