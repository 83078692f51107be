import { model } from "@medusajs/framework/utils"
import Producer from "./producer"

/**
 * A person who signs in to the portal as the `producer` actor and acts for exactly one producer
 *. The auth identity's `app_metadata.producer_id` holds this member's id.
 */
const ProducerMember = model
  .define("producer_member", {
    id: model.id({ prefix: "prdmem" }).primaryKey(),
    email: model.text().unique(),
    name: model.text().nullable(),
    producer: model.belongsTo(() => Producer, { mappedBy: "members" }),
  })
  .indexes([{ on: ["producer_id"] }])

export default ProducerMember
