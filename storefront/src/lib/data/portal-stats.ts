"use server"

import { producerFetch } from "./portal-fetch"
import type { PortalStats } from "./portal-types"

/** The member's own sales per week, units sold and link-out clicks over the last eight weeks. */
export async function getPortalStats(locale: string): Promise<PortalStats> {
  return producerFetch<PortalStats>("/producer/me/stats", { locale })
}
