import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import MarketplaceModule from "../modules/marketplace"

/** A product may be listed on several marketplaces (`product.marketplace_listings`). */
export default defineLink(ProductModule.linkable.product, {
  linkable: MarketplaceModule.linkable.marketplaceListing,
  isList: true,
})
