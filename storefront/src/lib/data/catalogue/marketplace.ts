"use server"

import { isNotFound, uncachedStoreFetch } from "@/lib/data/shared/store-fetch"

const ALLOWED_HOSTS = /^(www\.)?(voso\.vn|postmart\.vn)$/

/**
 * Records a click on a marketplace listing and returns where to send the shopper,
 * or null for an unknown listing. Only voso.vn / postmart.vn URLs are followed.
 */
export async function recordListingClick(
  listingId: string
): Promise<string | null> {
  try {
    const { url } = await uncachedStoreFetch<{ url: string }>(
      `/store/marketplace-listings/${encodeURIComponent(listingId)}/click`,
      { method: "POST" }
    )
    const target = new URL(url)
    if (target.protocol !== "https:" || !ALLOWED_HOSTS.test(target.hostname)) {
      return null
    }
    return target.toString()
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}
