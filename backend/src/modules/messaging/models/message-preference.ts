import { model } from "@medusajs/framework/utils"

/**
 * A member's or an officer's choice for one kind of message. Every kind is on until its
 * recipient turns it off, so only choices ever made are stored. `recipient_id` is a producer
 * member's id or a Medusa user's id (read only, never joined).
 */
const MessagePreference = model
  .define("message_preference", {
    id: model.id({ prefix: "msgpref" }).primaryKey(),
    recipient_type: model.enum(["member", "officer"]),
    recipient_id: model.text(),
    kind: model.text(),
    enabled: model.boolean(),
  })
  .indexes([{ on: ["recipient_type", "recipient_id", "kind"], unique: true }])

export default MessagePreference
