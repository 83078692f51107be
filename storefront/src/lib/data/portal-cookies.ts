import "server-only"

import { tokenCookie } from "./actor-session"

/** The cooperative member's session in the portal. */
export const portalSession = tokenCookie("_xuan_tho_producer_token")

export const {
  get: getPortalToken,
  set: setPortalToken,
  remove: removePortalToken,
} = portalSession
