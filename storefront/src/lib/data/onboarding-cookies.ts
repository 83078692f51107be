import "server-only"

import { tokenCookie } from "./actor-session"

/** The tech-team volunteer's session in the onboarding wizard. */
export const onboarderSession = tokenCookie("_xuan_tho_onboarder_token")

export const {
  get: getOnboarderToken,
  set: setOnboarderToken,
  remove: removeOnboarderToken,
} = onboarderSession
