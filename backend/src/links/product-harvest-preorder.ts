import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import HarvestModule from "../modules/harvest"

/** A product has at most one announced next harvest (`product.harvest_preorder`). */
export default defineLink(
  ProductModule.linkable.product,
  HarvestModule.linkable.harvestPreorder
)
