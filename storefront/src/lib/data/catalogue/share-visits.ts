"use server"

import { statusOf } from "@/lib/data/shared/actor-session"
import { uncachedStoreFetch } from "@/lib/data/shared/store-fetch"
import type { ShareVisit } from "@/lib/util/share-source"

/** What became of a counted visit, as the status the beacon's route answers with. */
export type ShareVisitStatus = 204 | 400 | 404 | 429 | 502

const PASSED_ON = new Set([400, 404, 429])

/**
 * Counts a page opened from a shared link. Uncached and sent with the shopper's address, so
 * the backend's rate limit counts each shopper, not this server.
 */
export async function recordShareVisit(
  visit: ShareVisit
): Promise<ShareVisitStatus> {
  try {
    await uncachedStoreFetch<{ recorded: true }>("/store/share-visits", {
      method: "POST",
      body: { ...visit },
    })
    return 204
  } catch (error) {
    const status = statusOf(error)
    if (status !== undefined && PASSED_ON.has(status)) {
      return status as 400 | 404 | 429
    }
    // The backend is away: nobody waits for a beacon's answer, so the visit is just lost.
    return 502
  }
}
