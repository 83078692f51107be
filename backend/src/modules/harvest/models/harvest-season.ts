import { model } from "@medusajs/framework/utils"

/** A product's season (see types/harvest/module.ts); linked to its product. */
const HarvestSeason = model.define("harvest_season", {
  id: model.id({ prefix: "hsn" }).primaryKey(),
  all_year: model.boolean(),
  harvest_months: model.json(),
  best_months: model.json(),
})

export default HarvestSeason
