import type { MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminCreateMarketplaceListing,
  AdminUpsertOcopCertificate,
} from "./validators"
import { validateBodyWithFieldErrors } from "../../utils/validate-body"

export const adminProductExtensionMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/admin/products/:id/ocop-certificate",
    middlewares: [validateBodyWithFieldErrors(AdminUpsertOcopCertificate)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/products/:id/marketplace-listings",
    middlewares: [validateBodyWithFieldErrors(AdminCreateMarketplaceListing)],
  },
]
