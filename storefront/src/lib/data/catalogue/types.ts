// The storefront's own catalogue types. Only ./reshape.ts knows the Medusa payloads;
// components and pages see these shapes alone.

import type { HarvestSeason } from "@/lib/util/season"

export type Marketplace = "voso" | "postmart"
export type ProducerKind = "cooperative" | "farm" | "household" | "enterprise"
type IssuingLevel = "national" | "province" | "district"

export interface Region {
  id: string
  name: string
  currencyCode: string
}

export interface Category {
  id: string
  name: string
  handle: string
}

export interface ProductImage {
  id: string
  url: string
}

export interface Variant {
  id: string
  title: string
  sku: string | null
  /** Whole đồng, null when the variant has no price in the region. */
  price: number | null
  /** Price before a sale, only when higher than `price`. */
  originalPrice: number | null
  /** null when the backend does not manage inventory for the variant. */
  inventoryQuantity: number | null
  inStock: boolean
  /** Out of stock, but the product's next harvest may be pre-ordered instead. */
  onPreorder: boolean
}

export interface Certificate {
  id: string
  /** The stars on the decision, shown or not: what to display is `displayedStars`. */
  stars: number
  /**
   * The stars shoppers may see right now, as the backend decided; null while the certificate
   * is not in force (expired or not yet issued), and then it counts for nothing.
   */
  displayedStars: number | null
  decisionNumber: string
  issuingLevel: IssuingLevel | string
  issuedAt: string | null
  expiresAt: string | null
}

export interface MarketplaceListing {
  id: string
  marketplace: Marketplace
  url: string
}

export interface Producer {
  id: string
  handle: string
  name: string
  kind: ProducerKind | string
  village: string | null
  ward: string | null
  province: string | null
  story: { vi: string | null; en: string | null }
  phone: string | null
}

export interface ProducerListItem extends Producer {
  productCount: number
}

export interface ProductSummary {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  /** When it is in season; null until the producer says. */
  season: HarvestSeason | null
}

export interface ProducerWithProducts extends Producer {
  products: ProductSummary[]
}

export interface Product extends ProductSummary {
  subtitle: string | null
  description: string | null
  images: ProductImage[]
  variants: Variant[]
  /** Lowest variant price in whole đồng. */
  minPrice: number | null
  categories: Category[]
  producer: Producer | null
  certificate: Certificate | null
  listings: MarketplaceListing[]
  /** Null when the producer announced no harvest to pre-order. */
  preorder: ProductPreorder | null
}

/** The next harvest on sale before it comes in, as shoppers see it. */
export interface ProductPreorder {
  /** The day the shop promises to ship, "YYYY-MM-DD" in Việt Nam. */
  shipsOn: string
  /** Units still open to pre-order. */
  remaining: number
  /** Taking pre-orders today: units remain and the harvest is still ahead. */
  open: boolean
}

export interface Paginated<T> {
  items: T[]
  count: number
  page: number
  pageSize: number
  pageCount: number
}
