import { allowFields, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  PUBLIC_PRODUCER_FIELDS,
  rejectNonPublicProducerFields,
} from "../../utils/public-producer-fields"

// The product's linked producer (its public fields only, each named, e.g. `+producer.name`),
// certificate, listings, season and announced next harvest. Visibility needs no middleware here:
// a hidden product is never stored as `published` (domain/visibility.ts), and Medusa's own
// product routes only return published products.
const LINKED_PRODUCT_FIELDS = [
  "producer",
  ...PUBLIC_PRODUCER_FIELDS.map((field) => `producer.${field}`),
  "ocop_certificate",
  "ocop_certificate.*",
  "marketplace_listings",
  "marketplace_listings.*",
  "harvest_season",
  "harvest_season.*",
  "harvest_preorder",
  "harvest_preorder.*",
]

const productFieldMiddlewares = [
  rejectNonPublicProducerFields,
  allowFields(LINKED_PRODUCT_FIELDS),
]

export const storeProductFieldMiddlewares: MiddlewareRoute[] = [
  // Without `methods` these run before core's query validation, which checks the allowed fields.
  { matcher: "/store/products", middlewares: productFieldMiddlewares },
  { matcher: "/store/products/:id", middlewares: productFieldMiddlewares },
]
