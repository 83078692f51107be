import { model } from "@medusajs/framework/utils"
import { SHARE_SOURCES } from "../../../types/sharing/module"
import MarketplaceListing from "./marketplace-listing"

/**
 * One shopper jumping out to a marketplace; one row each so clicks can be counted per week. The
 * source is where the shopper's visit came from when it began at a shared link.
 */
const ListingClick = model
  .define("listing_click", {
    id: model.id({ prefix: "mkc" }).primaryKey(),
    clicked_at: model.dateTime(),
    locale: model.text().nullable(),
    source: model.enum([...SHARE_SOURCES]).nullable(),
    listing: model.belongsTo(() => MarketplaceListing, { mappedBy: "clicks" }),
  })
  .indexes([{ on: ["clicked_at"] }])

export default ListingClick
