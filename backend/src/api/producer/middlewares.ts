import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  PortalCreateListing,
  PortalCreateProduct,
  PortalQrSheetQuery,
  PortalShipOrder,
  PortalUpdateListing,
  PortalUpdateProduct,
  PortalUpdateVariant,
} from "./validators"
import { requireWritableProducer } from "./helpers"
import { photoUploadMiddleware } from "../utils/photo-upload"
import { perActor, rateLimit } from "../utils/rate-limit"
import { validateBodyWithFieldErrors } from "../utils/validate-body"
import {
  rejectQueryParametersExcept,
  validateQuery,
} from "../utils/query-parameters"
import { notificationSettingsBody } from "../utils/notification-settings"
import { ProductPreorder, ProductSeason } from "../utils/product-fields"

/** The one GET under /producer that reads a query parameter (`layout`), with its own schema. */
const QR_SHEET_PATH = /^\/producer\/products\/[^/]+\/qr\.pdf\/?$/i

/**
 * Only a signed-in `producer` actor reaches /producer/*; customer, officer and onboarder tokens
 * carry another actor type and are refused with 401. Routes then scope by the member's producer.
 */
export const producerPortalMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/producer*",
    middlewares: [authenticate("producer", ["session", "bearer"])],
  },
  {
    methods: ["GET"],
    matcher: "/producer*",
    middlewares: [rejectQueryParametersExcept(QR_SHEET_PATH)],
  },
  {
    methods: ["GET"],
    matcher: "/producer/products/:id/qr.pdf",
    middlewares: [
      validateQuery(PortalQrSheetQuery, {}),
      rateLimit("qrSheets", [perActor]),
    ],
  },
  {
    methods: ["POST", "DELETE"],
    matcher: "/producer*",
    middlewares: [requireWritableProducer],
  },
  {
    methods: ["POST"],
    matcher: "/producer/products",
    middlewares: [validateBodyWithFieldErrors(PortalCreateProduct)],
  },
  {
    methods: ["POST"],
    matcher: "/producer/products/:id",
    middlewares: [validateBodyWithFieldErrors(PortalUpdateProduct)],
  },
  {
    methods: ["POST"],
    matcher: "/producer/products/:id/photos",
    middlewares: [
      rateLimit("uploads", [perActor]),
      photoUploadMiddleware("file", 1),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/producer/products/:id/season",
    middlewares: [validateBodyWithFieldErrors(ProductSeason)],
  },
  {
    methods: ["POST"],
    matcher: "/producer/products/:id/preorder",
    middlewares: [validateBodyWithFieldErrors(ProductPreorder)],
  },
  {
    methods: ["POST"],
    matcher: "/producer/products/:id/variants/:variant_id",
    middlewares: [validateBodyWithFieldErrors(PortalUpdateVariant)],
  },
  {
    methods: ["POST"],
    matcher: "/producer/products/:id/marketplace-listings",
    middlewares: [validateBodyWithFieldErrors(PortalCreateListing)],
  },
  {
    methods: ["POST"],
    matcher: "/producer/products/:id/marketplace-listings/:listing_id",
    middlewares: [validateBodyWithFieldErrors(PortalUpdateListing)],
  },
  {
    methods: ["POST"],
    matcher: "/producer/me/notification-settings",
    middlewares: [
      validateBodyWithFieldErrors(notificationSettingsBody("member")),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/producer/orders/:id/ship",
    middlewares: [validateBodyWithFieldErrors(PortalShipOrder)],
  },
]
