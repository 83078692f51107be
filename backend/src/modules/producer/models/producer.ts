import { model } from "@medusajs/framework/utils"
import {
  CONSENT_METHODS,
  PRODUCER_KINDS,
  PRODUCER_STATUSES,
} from "../../../types/producer/module"
import Onboarder from "./onboarder"
import ProducerInvite from "./producer-invite"
import ProducerMember from "./producer-member"
import ProducerStatusChange from "./producer-status-change"

/** A cooperative (HTX), farm, household business or enterprise selling on the market. */
const Producer = model
  .define("producer", {
    id: model.id({ prefix: "prdcr" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable(),
    kind: model.enum([...PRODUCER_KINDS]),
    village: model.text().nullable(),
    ward: model.text().nullable(),
    province: model.text().nullable(),
    story_vi: model.text().nullable(),
    story_en: model.text().nullable(),
    phone: model.text(),
    status: model.enum([...PRODUCER_STATUSES]).default("draft"),
    // Photos of the farm or workshop: URLs of files already uploaded.
    photos: model.array().nullable(),
    // Who agreed to be listed and how; the server stamps `consent_at`.
    consent_given_by: model.text().nullable(),
    consent_method: model.enum([...CONSENT_METHODS]).nullable(),
    consent_at: model.dateTime().nullable(),
    members: model.hasMany(() => ProducerMember, { mappedBy: "producer" }),
    status_changes: model.hasMany(() => ProducerStatusChange, {
      mappedBy: "producer",
    }),
    invites: model.hasMany(() => ProducerInvite, { mappedBy: "producer" }),
    onboarder: model
      .belongsTo(() => Onboarder, { mappedBy: "producers" })
      .nullable(),
  })
  .indexes([{ on: ["status"] }, { on: ["onboarder_id"] }])

export default Producer
