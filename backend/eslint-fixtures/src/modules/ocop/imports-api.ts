// Must be rejected: a module depending on the HTTP layer.
import { consentOf } from "../../api/utils/producer-consent"

export const consent = consentOf
