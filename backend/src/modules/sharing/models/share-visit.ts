import { model } from "@medusajs/framework/utils"
import { SHARE_SOURCES, SHARED_PAGES } from "../../../types/sharing/module"

/**
 * One page opened from a shared link. The product and producer are kept as plain ids (no link
 * traversal is ever needed: the producer's figures filter by its own id), and a visit outlives
 * a deleted product as a count.
 */
const ShareVisit = model
  .define("share_visit", {
    id: model.id({ prefix: "shv" }).primaryKey(),
    source: model.enum([...SHARE_SOURCES]),
    page: model.enum([...SHARED_PAGES]),
    product_id: model.text().nullable(),
    producer_id: model.text().nullable(),
    visited_at: model.dateTime(),
  })
  .indexes([{ on: ["visited_at"] }, { on: ["producer_id", "visited_at"] }])

export default ShareVisit
