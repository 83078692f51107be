import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { allowFields, type MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listVisibleProductIds } from "../../../utils/visibility"

/**
 * Narrows the core product routes to visible products. Runs after the core middlewares of the
 * same matcher (which already turned params, sales channel and `id` query into
 * `filterableFields.id`), so it only has to intersect that list with the visible ids; an empty
 * list makes core return nothing (list) or 404 (retrieve).
 */
export async function restrictToVisibleProducts(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const filters = req.filterableFields as Record<string, unknown>
    const requested = filters.id
    const productIds =
      requested === undefined || requested === null
        ? undefined
        : (Array.isArray(requested) ? requested : [requested]).map(String)
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    filters.id = await listVisibleProductIds(query, { productIds })
    next()
  } catch (error) {
    next(error)
  }
}

// The product's linked producer, certificate and listings, requested with `fields=+producer.*`.
const LINKED_PRODUCT_FIELDS = [
  "producer",
  "producer.*",
  "ocop_certificate",
  "ocop_certificate.*",
  "marketplace_listings",
  "marketplace_listings.*",
]

export const storeProductVisibilityMiddlewares: MiddlewareRoute[] = [
  // Without `methods` these run before core's query validation, which checks the allowed fields.
  {
    matcher: "/store/products",
    middlewares: [allowFields(LINKED_PRODUCT_FIELDS)],
  },
  {
    matcher: "/store/products/:id",
    middlewares: [allowFields(LINKED_PRODUCT_FIELDS)],
  },
  {
    methods: ["GET"],
    matcher: "/store/products",
    middlewares: [restrictToVisibleProducts],
  },
  {
    methods: ["GET"],
    matcher: "/store/products/:id",
    middlewares: [restrictToVisibleProducts],
  },
]
