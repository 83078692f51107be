import { model } from "@medusajs/framework/utils"

/** A product's announced next harvest (see types/harvest/module.ts); linked to its product. */
const HarvestPreorder = model.define("harvest_preorder", {
  id: model.id({ prefix: "hpo" }).primaryKey(),
  harvest_on: model.text(),
  ships_on: model.text(),
  quantity: model.number(),
  ordered: model.number().default(0),
})

export default HarvestPreorder
