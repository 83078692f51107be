import { model } from "@medusajs/framework/utils"
import {
  PRODUCER_KINDS,
  PRODUCER_STATUSES,
} from "../../../types/producer/module"
import ProducerMember from "./producer-member"

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
    members: model.hasMany(() => ProducerMember, { mappedBy: "producer" }),
  })
  .indexes([{ on: ["status"] }])

export default Producer
