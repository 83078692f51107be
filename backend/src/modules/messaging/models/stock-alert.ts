import { model } from "@medusajs/framework/utils"

/**
 * A variant's low-stock threshold, set in the portal, and whether its members were already
 * told that the stock fell to it: one alert per crossing, cleared once stock rises above.
 */
const StockAlert = model.define("stock_alert", {
  id: model.id({ prefix: "stkalert" }).primaryKey(),
  variant_id: model.text().unique(),
  threshold: model.number().default(5),
  alerted_at: model.dateTime().nullable(),
})

export default StockAlert
