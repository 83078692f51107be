// Must pass: an actor's own folder, the shared API utilities and src/utils.
import { normalizeVietnamesePhone } from "../../utils/phone"
import { portalProductFields } from "../utils/producer-products"
import { resolveProducerScope } from "./helpers"

export const shared = {
  normalizeVietnamesePhone,
  portalProductFields,
  resolveProducerScope,
}
