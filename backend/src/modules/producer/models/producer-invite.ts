import { model } from "@medusajs/framework/utils"
import Producer from "./producer"

/**
 * A single-use, expiring link with which a producer's member sets a password. Only
 * the SHA-256 of the token is stored: the link itself is shown once, to whoever sent it.
 */
const ProducerInvite = model
  .define("producer_invite", {
    id: model.id({ prefix: "prdinv" }).primaryKey(),
    email: model.text(),
    token_hash: model.text().unique(),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    member_id: model.text().nullable(),
    invited_by_type: model.text(),
    invited_by_id: model.text(),
    producer: model.belongsTo(() => Producer, { mappedBy: "invites" }),
  })
  .indexes([{ on: ["producer_id"] }, { on: ["invited_by_id"] }])

export default ProducerInvite
