import { model } from "@medusajs/framework/utils"

/**
 * A pre-ordered line of an order. It keeps its own ship date, so an order placed before the
 * producer moves or withdraws the announcement still shows the date it was promised.
 */
const PreorderLine = model.define("preorder_line", {
  id: model.id({ prefix: "pol" }).primaryKey(),
  preorder_id: model.text(),
  order_id: model.text().index("IDX_preorder_line_order_id"),
  line_item_id: model.text(),
  product_id: model.text(),
  quantity: model.number(),
  ships_on: model.text(),
})

export default PreorderLine
