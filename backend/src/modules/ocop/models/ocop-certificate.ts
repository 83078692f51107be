import { model } from "@medusajs/framework/utils"
import { OCOP_ISSUING_LEVELS } from "../../../types/ocop/module"

/** The OCOP decision that rated one product 3–5 stars, valid for 36 months. */
const OcopCertificate = model.define("ocop_certificate", {
  id: model.id({ prefix: "ocop" }).primaryKey(),
  stars: model.number(),
  decision_number: model.text(),
  issuing_level: model.enum([...OCOP_ISSUING_LEVELS]),
  issued_at: model.dateTime(),
  expires_at: model.dateTime(),
  image_url: model.text().nullable(),
  // The stars shoppers see, decided by domain/ocop-stars.ts when the certificate is written and
  // again by the daily job when its issue or expiry date passes; null while it does not count.
  displayed_stars: model.number().nullable(),
})

export default OcopCertificate
