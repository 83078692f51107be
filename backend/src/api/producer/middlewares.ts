import {
  authenticate,
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  PortalCreateListing,
  PortalCreateProduct,
  PortalShipOrder,
  PortalUpdateListing,
  PortalUpdateProduct,
  PortalUpdateVariant,
} from "./validators"
import { photoUploadMiddleware } from "../photo-upload"

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
    methods: ["POST"],
    matcher: "/producer/products",
    middlewares: [validateAndTransformBody(PortalCreateProduct)],
  },
  {
    methods: ["POST"],
    matcher: "/producer/products/:id",
    middlewares: [validateAndTransformBody(PortalUpdateProduct)],
  },
  {
    methods: ["POST"],
    matcher: "/producer/products/:id/photos",
    middlewares: [photoUploadMiddleware("file", 1)],
  },
  {
    methods: ["POST"],
    matcher: "/producer/products/:id/variants/:variant_id",
    middlewares: [validateAndTransformBody(PortalUpdateVariant)],
  },
  {
    methods: ["POST"],
    matcher: "/producer/products/:id/marketplace-listings",
    middlewares: [validateAndTransformBody(PortalCreateListing)],
  },
  {
    methods: ["POST"],
    matcher: "/producer/products/:id/marketplace-listings/:listing_id",
    middlewares: [validateAndTransformBody(PortalUpdateListing)],
  },
  {
    methods: ["POST"],
    matcher: "/producer/orders/:id/ship",
    middlewares: [validateAndTransformBody(PortalShipOrder)],
  },
]
