"use server"

import { isNotFound, uncachedStoreFetch } from "@/lib/data/shared/store-fetch"
import {
  tooManyTries,
  type TooManyTries,
} from "@/lib/data/shared/too-many-tries"
import type { ShareSource } from "@/lib/util/share-source"

const ALLOWED_HOSTS = /^(www\.)?(voso\.vn|postmart\.vn)$/

/** Where a click leads: the marketplace, nowhere (an unknown listing), or a wait. */
export type ListingClick = { url: string } | TooManyTries | null

/**
 * Records a click on a marketplace listing and returns where to send the shopper. Only
 * voso.vn / postmart.vn URLs are followed; too many clicks at once are refused in `locale`.
 * `source` is the shared link the shopper's visit began at, when it began at one.
 */
export async function recordListingClick(
  listingId: string,
  locale: string,
  source: ShareSource | null = null
): Promise<ListingClick> {
  try {
    const { url } = await uncachedStoreFetch<{ url: string }>(
      `/store/marketplace-listings/${encodeURIComponent(listingId)}/click`,
      {
        method: "POST",
        locale,
        body: source ? { locale, source } : { locale },
      }
    )
    const target = new URL(url)
    if (target.protocol !== "https:" || !ALLOWED_HOSTS.test(target.hostname)) {
      return null
    }
    return { url: target.toString() }
  } catch (error) {
    if (isNotFound(error)) return null
    const limited = tooManyTries(error)
    if (limited) return limited
    throw error
  }
}
