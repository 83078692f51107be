import "server-only"

import { actorFetch } from "./actor-session"
import { onboarderSession } from "./onboarding-cookies"

/** A call to /onboarding/* with the signed-in volunteer's token; the wizard resumes after sign-in. */
export const onboarderFetch = actorFetch(onboarderSession, "onboarding/sign-in")
