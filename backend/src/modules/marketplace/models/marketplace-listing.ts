import { model } from "@medusajs/framework/utils"
import { MARKETPLACES } from "../../../types/marketplace/module"
import ListingClick from "./listing-click"

/** The same product offered on voso.vn or postmart.vn; the storefront links out to it. */
const MarketplaceListing = model.define("marketplace_listing", {
  id: model.id({ prefix: "mkl" }).primaryKey(),
  marketplace: model.enum([...MARKETPLACES]),
  url: model.text(),
  clicks: model.hasMany(() => ListingClick, { mappedBy: "listing" }),
})

export default MarketplaceListing
