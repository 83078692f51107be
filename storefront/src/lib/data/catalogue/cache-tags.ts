// The tags catalogue reads are cached under. The backend revalidates exactly the tags a change
// touches (backend/src/subscribers/revalidate-storefront.ts writes the same names), so a price
// change rebuilds that product's page, its producer's page and the lists showing it, not every
// page. Handles are percent-encoded: a tag travels in HTTP headers, which carry no marks.

import type { CacheTag } from "@/lib/data/shared/store-fetch"

const handleOf = (handle: string) => encodeURIComponent(handle.normalize("NFC"))

export const catalogueTags = {
  /** Every product read: only changes that touch the whole catalogue (a category) revalidate it. */
  products: "products",
  /** Every producer read. */
  producers: "producers",
  categories: "categories",
  regions: "regions",
  /** Which products are in season: read by every page that badges them. */
  inSeason: "in-season",
  /** The products of the in-season list. */
  inSeasonList: "in-season-list",
  /** The whole product list, unfiltered (also the home page's picks). */
  productList: "product-list",
  /** The product list narrowed to one category. */
  categoryList: (handle: string): CacheTag =>
    `product-list:${handleOf(handle)}`,
  producerList: "producer-list",
  /** One product's page. */
  product: (handle: string): CacheTag => `product:${handleOf(handle)}`,
  /** One producer's page, its products included. */
  producer: (handle: string): CacheTag => `producer:${handleOf(handle)}`,
} as const satisfies Record<string, CacheTag | ((handle: string) => CacheTag)>
