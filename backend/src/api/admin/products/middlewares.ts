import {
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  AdminCreateMarketplaceListing,
  AdminUpsertOcopCertificate,
} from "./validators"

export const adminProductExtensionMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/admin/products/:id/ocop-certificate",
    middlewares: [validateAndTransformBody(AdminUpsertOcopCertificate)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/products/:id/marketplace-listings",
    middlewares: [validateAndTransformBody(AdminCreateMarketplaceListing)],
  },
]
