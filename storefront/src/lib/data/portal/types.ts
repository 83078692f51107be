// The portal's own shapes, as the backend's /producer/* routes answer them.

import type { HarvestSeason } from "@/lib/util/season"
import type { ShareSource } from "@/lib/util/share-source"

export type PortalMarketplace = "voso" | "postmart"

export interface PortalMe {
  member: { id: string; email: string; name: string | null }
  producer: {
    id: string
    handle: string
    name: string
    kind: string
    status: "draft" | "submitted" | "verified" | "suspended"
  }
}

export interface PortalVariant {
  id: string
  title: string
  sku: string | null
  /** The base price the producer edits, whole đồng. */
  price: number | null
  /** What a shopper pays now (a sale's price while one runs), whole đồng; never saved as the base. */
  shopper_price: number | null
  stock: number | null
  /** Members are told when sellable stock falls to this; null when stock is not tracked. */
  low_stock_threshold: number | null
}

export interface PortalListing {
  id: string
  marketplace: PortalMarketplace
  url: string
}

export interface PortalCertificate {
  /** What the certificate says; it may not count now. */
  stars: number
  /** The stars shoppers see now; null while the certificate is not in force. */
  displayed_stars: number | null
  decision_number: string
  expires_at: string
}

export interface PortalProduct {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  /** What the producer asked for: `published` or `draft`. */
  status: string
  archived: boolean
  /** Whether shoppers see it now, as the backend decided. */
  visible_to_shoppers: boolean
  thumbnail: string | null
  images: string[]
  variants: PortalVariant[]
  ocop_certificate: PortalCertificate | null
  /** When it is in season; null until someone says. */
  season: HarvestSeason | null
  marketplace_listings: PortalListing[]
  /** The next harvest open to pre-orders; null when none is announced. */
  preorder: PortalPreorder | null
}

/** A harvest announced ahead, as the backend counts it. Days are "YYYY-MM-DD" in Việt Nam. */
export interface PortalPreorder {
  harvestOn: string
  /** The day the shop promises shoppers, worked out by the backend from the harvest day. */
  shipsOn: string
  quantity: number
  ordered: number
  remaining: number
  /** Shoppers may pre-order today: units remain and the harvest is still ahead. */
  open: boolean
}

/** What the pre-order card shows after Save or Stop: nothing yet, the harvest as saved, or what is wrong. */
export type PreorderFormState =
  | { status: "idle" }
  | { status: "saved"; preorder: PortalPreorder | null }
  | {
      status: "error"
      reason: "invalid" | "failed" | "notFound" | "tooMany"
      /** `harvest_on` or `quantity`, when the backend named one. */
      field?: string
      /** The backend's own sentence for `tooMany`, in the form's language. */
      message?: string
    }

/** What a portal form shows after submitting: nothing yet, done, or which field is wrong. */
export type PortalFormState =
  | { status: "idle" }
  | { status: "saved"; product?: PortalProduct }
  | {
      status: "error"
      reason: PortalErrorReason
      field?: string
      /** The backend's own sentence for `tooMany`, in the form's language. */
      message?: string
    }

type PortalErrorReason =
  | "invalid"
  | "credentials"
  | "notFound"
  | "expired"
  | "failed"
  | "tooMany"
  | "notPaid"

/**
 * Where an order's money stands, in the market's own words. Medusa would call an unpaid VietQR
 * order "authorized"; the backend answers `awaiting_transfer` until the bank reports the money.
 */
export type PortalPaymentStatus =
  "awaiting_transfer" | "paid" | "refunded" | "canceled"

export interface PortalOrder {
  id: string
  display_id: number
  created_at: string
  status: string
  /** A member ships only a `paid` order; the backend refuses the rest. */
  payment_status: PortalPaymentStatus
  shipping_address: {
    name: string
    phone: string | null
    address: string
    province: string | null
  } | null
  items: {
    id: string
    product_id: string
    title: string
    variant_title: string | null
    quantity: number
    unit_price: number
    shipped_quantity: number
    /** The promised ship day of a pre-ordered line, "YYYY-MM-DD"; null ships from stock. */
    shipsOn: string | null
  }[]
  total: number
  shipments: {
    /** The carrier's name; older shipments have a name and no code. */
    carrier: string | null
    carrier_code: string | null
    tracking_numbers: string[]
    /** Each number with the carrier's tracking page, built by the backend, or null. */
    tracking: { number: string; url: string | null }[]
    shipped_at: string | null
  }[]
  shipped: boolean
}

export interface PortalWeeklySales {
  /** Monday of the week in Vietnam, YYYY-MM-DD. */
  week_start: string
  revenue: number
  units: number
  orders: number
}

/** Pages opened from links shared one way, and the clicks to a marketplace that followed. */
export interface PortalShareFigures {
  source: ShareSource
  visits: number
  link_outs: number
}

export interface PortalStats {
  weeks: PortalWeeklySales[]
  units_sold: number
  revenue: number
  clicks: Record<PortalMarketplace, number>
  /** One row per source, always all four; null when the backend does not count shares yet. */
  shares: PortalShareFigures[] | null
}
