import { allowFields, type MiddlewareRoute } from "@medusajs/framework/http"

// The product's linked producer, certificate and listings, requested with `fields=+producer.*`.
// Visibility needs no middleware here: a hidden product is never stored as `published`
// (domain/visibility.ts), and Medusa's own product routes only return published products.
const LINKED_PRODUCT_FIELDS = [
  "producer",
  "producer.*",
  "ocop_certificate",
  "ocop_certificate.*",
  "marketplace_listings",
  "marketplace_listings.*",
]

export const storeProductFieldMiddlewares: MiddlewareRoute[] = [
  // Without `methods` these run before core's query validation, which checks the allowed fields.
  {
    matcher: "/store/products",
    middlewares: [allowFields(LINKED_PRODUCT_FIELDS)],
  },
  {
    matcher: "/store/products/:id",
    middlewares: [allowFields(LINKED_PRODUCT_FIELDS)],
  },
]
