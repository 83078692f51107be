import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import HarvestModule from "../modules/harvest"

/**
 * An order's pre-ordered lines (`order.preorder_lines`), read through the order id each line
 * keeps: the lines are written once, when the order is placed, so no link table is needed.
 */
export default defineLink(
  { linkable: OrderModule.linkable.order, field: "id" },
  { ...HarvestModule.linkable.preorderLine.id, primaryKey: "order_id" },
  { readOnly: true, isList: true }
)
