import { model } from "@medusajs/framework/utils"
import MarketplaceListing from "./marketplace-listing"

/** One shopper jumping out to a marketplace; one row each so clicks can be counted per week. */
const ListingClick = model
  .define("listing_click", {
    id: model.id({ prefix: "mkc" }).primaryKey(),
    clicked_at: model.dateTime(),
    locale: model.text().nullable(),
    listing: model.belongsTo(() => MarketplaceListing, { mappedBy: "clicks" }),
  })
  .indexes([{ on: ["clicked_at"] }])

export default ListingClick
