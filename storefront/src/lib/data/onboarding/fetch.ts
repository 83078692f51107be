import "server-only"

import { actorFetch } from "@/lib/data/shared/actor-session"

/** A call to /onboarding/* with the signed-in volunteer's token; the wizard resumes after sign-in. */
export const onboarderFetch = actorFetch("onboarder")
