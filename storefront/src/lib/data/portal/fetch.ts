import "server-only"

import { actorFetch } from "@/lib/data/shared/actor-session"

/** A call to /producer/* with the signed-in member's token. */
export const producerFetch = actorFetch("producer")
