import { model } from "@medusajs/framework/utils"
import Producer from "./producer"

/**
 * A tech-team volunteer who registers producers on their behalf and signs in as the
 * `onboarder` actor. The auth identity's `app_metadata.onboarder_id` holds this id.
 */
const Onboarder = model
  .define("onboarder", {
    id: model.id({ prefix: "onb" }).primaryKey(),
    email: model.text().unique(),
    name: model.text(),
    team: model.text().nullable(),
    village: model.text().nullable(),
    phone: model.text().nullable(),
    // Set by an officer; the record stays so producers keep their "onboarded by".
    deactivated_at: model.dateTime().nullable(),
    producers: model.hasMany(() => Producer, { mappedBy: "onboarder" }),
  })
  .indexes([{ on: ["village"] }])

export default Onboarder
