import { model } from "@medusajs/framework/utils"
import { PRODUCER_STATUSES } from "../../../types/producer/module"
import Producer from "./producer"

/**
 * One step of a producer's lifecycle (every transition is recorded — who, when, note — so an officer can tell why a producer is where it is).
 * Rows are only ever added; `created_at` is when it happened.
 */
const ProducerStatusChange = model
  .define("producer_status_change", {
    id: model.id({ prefix: "prdstc" }).primaryKey(),
    from_status: model.enum([...PRODUCER_STATUSES]).nullable(),
    to_status: model.enum([...PRODUCER_STATUSES]),
    actor_type: model.text(),
    actor_id: model.text(),
    note: model.text().nullable(),
    producer: model.belongsTo(() => Producer, { mappedBy: "status_changes" }),
  })
  .indexes([{ on: ["producer_id"] }])

export default ProducerStatusChange
