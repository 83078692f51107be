import type { MarketPaymentStatus } from "../../domain/payment-state"
import type { CarrierCode } from "../../utils/carriers"
import type { Marketplace } from "../marketplace/module"
import type { HarvestSeasonInput } from "../harvest/module"
import type { ShareFigures, WeeklySales } from "../../utils/producer-stats"
import type { ProducerKind, ProducerStatus } from "../producer/module"

export type PortalMember = {
  id: string
  email: string
  name: string | null
}

export type PortalProducer = {
  id: string
  handle: string
  name: string
  kind: ProducerKind
  status: ProducerStatus
}

export type PortalMeResponse = {
  member: PortalMember
  producer: PortalProducer
}

export type PortalVariant = {
  id: string
  title: string
  sku: string | null
  /** The base price the producer edits, whole đồng; null when the variant has none yet. */
  price: number | null
  /**
   * What a shopper pays now (a sale's price while one runs), whole đồng; the same figure the
   * storefront, search and emails show. Null when there is no price a shopper could pay.
   */
  shopper_price: number | null
  /** Units on hand at the market's location; null when stock is not tracked. */
  stock: number | null
  /** Members are told when sellable stock falls to this; null when stock is not tracked. */
  low_stock_threshold: number | null
}

export type PortalListing = {
  id: string
  marketplace: Marketplace
  url: string
}

export type PortalCertificate = {
  stars: number
  /** The stars shoppers see now; null while the certificate does not count. */
  displayed_stars: number | null
  decision_number: string
  expires_at: string
}

export type PortalProduct = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  /** What the producer asked for: `published` or `draft` (visibility may still hold it back). */
  status: string
  archived: boolean
  /** Whether shoppers see it now: published and the producer verified (the one visibility rule). */
  visible_to_shoppers: boolean
  thumbnail: string | null
  images: string[]
  variants: PortalVariant[]
  ocop_certificate: PortalCertificate | null
  /** When it is in season; null until someone says. */
  season: HarvestSeasonInput | null
  /** The announced next harvest shoppers may pre-order; null when none is announced. */
  preorder: PortalPreorder | null
  marketplace_listings: PortalListing[]
}

export type PortalPreorder = {
  harvest_on: string
  /** The harvest date moved past the carriers' Tết break: what shoppers are promised. */
  ships_on: string
  quantity: number
  ordered: number
  /** Units shoppers may still pre-order today (none once the harvest date has come). */
  remaining: number
  open: boolean
}

export type PortalProductListResponse = {
  products: PortalProduct[]
  count: number
}
export type PortalProductResponse = { product: PortalProduct }

export type PortalOrderLine = {
  id: string
  product_id: string
  title: string
  variant_title: string | null
  quantity: number
  unit_price: number
  shipped_quantity: number
  /** The ship date promised for a pre-ordered line; null for a line sold from stock. */
  ships_on: string | null
}

export type PortalShipment = {
  /** The carrier's name; older shipments have a name and no code. */
  carrier: string | null
  carrier_code: CarrierCode | null
  tracking_numbers: string[]
  /** Each number with the carrier's tracking page for it, when the carrier has one. */
  tracking: { number: string; url: string | null }[]
  shipped_at: string | null
}

export type PortalOrder = {
  id: string
  display_id: number
  created_at: string
  status: string
  /** Ship only when `paid` (domain/payment-state.ts). */
  payment_status: MarketPaymentStatus
  /** Where to send the producer's lines; the shopper's email and payment are not shared. */
  shipping_address: {
    name: string
    phone: string | null
    address: string
    province: string | null
  } | null
  items: PortalOrderLine[]
  /** Sum of the producer's own lines, whole đồng. */
  total: number
  shipments: PortalShipment[]
  shipped: boolean
}

export type PortalOrderListResponse = { orders: PortalOrder[]; count: number }

/** The member's figures over the last eight weeks (src/utils/producer-stats.ts). */
export type PortalStatsResponse = {
  weeks: WeeklySales[]
  units_sold: number
  /** Whole đồng of the producer's own lines. */
  revenue: number
  clicks: Record<Marketplace, number>
  /** Pages of the producer opened from shared links, and the link-outs those visits led to. */
  shares: ShareFigures[]
}
