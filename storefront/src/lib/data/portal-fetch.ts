import "server-only"

import { actorFetch } from "./actor-session"
import { portalSession } from "./portal-cookies"

export { messageOf, statusOf } from "./actor-session"

/** A call to /producer/* with the signed-in member's token. */
export const producerFetch = actorFetch(portalSession, "portal/sign-in")
