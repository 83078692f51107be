// Must be rejected: a nested store route reaching into the onboarding API folder.
import { onboardingProducerFields } from "../../onboarding/query-config"

export const fields = onboardingProducerFields
