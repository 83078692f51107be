import { defineMiddlewares } from "@medusajs/framework/http"
import { adminProducerMiddlewares } from "./admin/producers/middlewares"
import { adminProductExtensionMiddlewares } from "./admin/products/middlewares"
import { storeMarketplaceListingMiddlewares } from "./store/marketplace-listings/middlewares"
import { storeProducerMiddlewares } from "./store/producers/middlewares"
import { storeProductVisibilityMiddlewares } from "./store/products/middlewares"

export default defineMiddlewares({
  routes: [
    ...storeProductVisibilityMiddlewares,
    ...storeProducerMiddlewares,
    ...storeMarketplaceListingMiddlewares,
    ...adminProducerMiddlewares,
    ...adminProductExtensionMiddlewares,
  ],
})
