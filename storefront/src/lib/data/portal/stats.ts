"use server"

import { producerFetch } from "./fetch"
import { reshapePortalStats, type RawPortalStats } from "./reshape"
import type { PortalStats } from "./types"

/** The member's own sales per week, units sold and link-out clicks over the last eight weeks. */
export async function getPortalStats(locale: string): Promise<PortalStats> {
  return reshapePortalStats(
    await producerFetch<RawPortalStats>("/producer/me/stats", { locale })
  )
}
