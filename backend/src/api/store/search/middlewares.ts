import {
  configureStoreSearch,
  type MiddlewareRoute,
} from "@medusajs/framework/http"

/**
 * Opens Medusa's `POST /store/search` to the product index only. The route itself narrows it to
 * published products of the publishable key's sales channels; the index holds nothing a
 * shopper may not see (verified producer, published product — src/search/product.ts).
 */
export const storeSearchMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/store/search",
    middlewares: [configureStoreSearch({ allowed_indexes: { product: true } })],
  },
]
