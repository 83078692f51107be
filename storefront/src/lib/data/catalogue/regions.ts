"use server"

import { pickVndRegion, type RawRegion } from "./reshape"
import { cachedStoreGet } from "@/lib/data/shared/store-fetch"
import { catalogueTags } from "./cache-tags"
import type { Region } from "./types"

/** The region that prices products in đồng ("Việt Nam"). */
export async function getVndRegion(): Promise<Region> {
  const { regions } = await cachedStoreGet<{ regions: RawRegion[] }>(
    "/store/regions",
    {
      query: { fields: "id,name,currency_code", limit: 50 },
      tags: [catalogueTags.regions],
    }
  )
  const region = pickVndRegion(regions)
  if (!region) {
    throw new Error(
      'The backend has no region: create the VND region "Việt Nam" (npm run seed)'
    )
  }
  return region
}
