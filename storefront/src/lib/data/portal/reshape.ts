// The boundary between the backend's /producer/* payloads and the portal's own types. The
// routes answer close to these shapes already; reading them here keeps absent lists, loose
// numbers and unknown marketplaces from reaching the screens.
import { reshapeSeason, type RawSeason } from "@/lib/data/shared/season"
import { isCalendarDay } from "@/lib/util/date"
import { SHARE_SOURCES } from "@/lib/util/share-source"
import type {
  PortalCertificate,
  PortalListing,
  PortalMarketplace,
  PortalOrder,
  PortalPaymentStatus,
  PortalPreorder,
  PortalProduct,
  PortalShareFigures,
  PortalStats,
  PortalVariant,
} from "./types"

type Maybe<T> = T | null | undefined

interface RawPortalVariant {
  id: string
  title?: Maybe<string>
  sku?: Maybe<string>
  price?: Maybe<number>
  shopper_price?: Maybe<number>
  stock?: Maybe<number>
  low_stock_threshold?: Maybe<number>
}

export interface RawPortalProduct {
  id: string
  handle: string
  title?: Maybe<string>
  subtitle?: Maybe<string>
  description?: Maybe<string>
  status?: Maybe<string>
  archived?: Maybe<boolean>
  visible_to_shoppers?: Maybe<boolean>
  thumbnail?: Maybe<string>
  images?: Maybe<string[]>
  variants?: Maybe<RawPortalVariant[]>
  ocop_certificate?: Maybe<PortalCertificate>
  season?: Maybe<RawSeason>
  marketplace_listings?: Maybe<
    { id: string; marketplace: string; url: string }[]
  >
  preorder?: Maybe<RawPortalPreorder>
}

interface RawPortalPreorder {
  harvest_on?: Maybe<string>
  ships_on?: Maybe<string>
  quantity?: Maybe<number>
  ordered?: Maybe<number>
  remaining?: Maybe<number>
  open?: Maybe<boolean>
}

type PortalShipment = PortalOrder["shipments"][number]

type RawPortalShipment = Omit<PortalShipment, "carrier_code" | "tracking"> & {
  carrier_code?: Maybe<string>
  tracking?: Maybe<PortalShipment["tracking"]>
}

type PortalOrderItem = PortalOrder["items"][number]

type RawPortalOrderItem = Omit<PortalOrderItem, "shipsOn"> & {
  ships_on?: Maybe<string>
}

export type RawPortalOrder = Omit<
  PortalOrder,
  "items" | "shipments" | "payment_status"
> & {
  items?: Maybe<RawPortalOrderItem[]>
  shipments?: Maybe<RawPortalShipment[]>
  payment_status?: Maybe<string>
}

const PAYMENT_STATUSES: readonly PortalPaymentStatus[] = [
  "awaiting_transfer",
  "paid",
  "refunded",
  "canceled",
]

/**
 * A missing or unknown word reads as not paid (canceled for a canceled order): the ship form
 * then stays hidden rather than offering to send goods whose money may not have arrived.
 */
function paymentStatus(raw: RawPortalOrder): PortalPaymentStatus {
  const known = PAYMENT_STATUSES.find((status) => status === raw.payment_status)
  if (known) return known
  return raw.status === "canceled" ? "canceled" : "awaiting_transfer"
}

/** Only https links are kept: the backend builds them, and a page never links elsewhere. */
const httpsOnly = (url: string | null): string | null =>
  url && url.startsWith("https://") ? url : null

function reshapeShipment(raw: RawPortalShipment): PortalShipment {
  const numbers = raw.tracking_numbers ?? []
  return {
    carrier: raw.carrier ?? null,
    carrier_code: raw.carrier_code ?? null,
    tracking_numbers: numbers,
    tracking: (
      raw.tracking ?? numbers.map((number) => ({ number, url: null }))
    ).map((entry) => ({ number: entry.number, url: httpsOnly(entry.url) })),
    shipped_at: raw.shipped_at ?? null,
  }
}

export type RawPortalStats = Partial<Omit<PortalStats, "shares">> & {
  shares?: Partial<PortalShareFigures>[] | null
}

const MARKETPLACES: readonly PortalMarketplace[] = ["voso", "postmart"]

const amount = (value: Maybe<number>): number | null =>
  value === null || value === undefined || !Number.isFinite(Number(value))
    ? null
    : Number(value)

function reshapeVariant(raw: RawPortalVariant): PortalVariant {
  return {
    id: raw.id,
    title: raw.title ?? "",
    sku: raw.sku ?? null,
    price: amount(raw.price),
    shopper_price: amount(raw.shopper_price),
    stock: amount(raw.stock),
    low_stock_threshold: amount(raw.low_stock_threshold),
  }
}

function isListing(
  listing: NonNullable<RawPortalProduct["marketplace_listings"]>[number]
): listing is PortalListing {
  return (MARKETPLACES as readonly string[]).includes(listing.marketplace)
}

const day = (value: Maybe<string>): string | null =>
  isCalendarDay(value) ? value : null

/** The backend decides `open` and counts `remaining`; a payload without its days is no harvest. */
function reshapePreorder(raw: Maybe<RawPortalPreorder>): PortalPreorder | null {
  const harvestOn = day(raw?.harvest_on)
  const shipsOn = day(raw?.ships_on)
  if (!raw || !harvestOn || !shipsOn) return null
  return {
    harvestOn,
    shipsOn,
    quantity: amount(raw.quantity) ?? 0,
    ordered: amount(raw.ordered) ?? 0,
    remaining: amount(raw.remaining) ?? 0,
    open: raw.open === true,
  }
}

function reshapeOrderItem({
  ships_on,
  ...item
}: RawPortalOrderItem): PortalOrderItem {
  return { ...item, shipsOn: day(ships_on) }
}

export function reshapePortalProduct(raw: RawPortalProduct): PortalProduct {
  return {
    id: raw.id,
    handle: raw.handle,
    title: raw.title ?? "",
    subtitle: raw.subtitle ?? null,
    description: raw.description ?? null,
    status: raw.status ?? "draft",
    archived: raw.archived ?? false,
    visible_to_shoppers: raw.visible_to_shoppers ?? false,
    thumbnail: raw.thumbnail ?? null,
    images: raw.images ?? [],
    variants: (raw.variants ?? []).map(reshapeVariant),
    ocop_certificate: raw.ocop_certificate ?? null,
    season: reshapeSeason(raw.season),
    marketplace_listings: (raw.marketplace_listings ?? []).filter(isListing),
    preorder: reshapePreorder(raw.preorder),
  }
}

export function reshapePortalOrder(raw: RawPortalOrder): PortalOrder {
  return {
    ...raw,
    payment_status: paymentStatus(raw),
    total: Number(raw.total),
    items: (raw.items ?? []).map(reshapeOrderItem),
    shipments: (raw.shipments ?? []).map(reshapeShipment),
  }
}

export function reshapePortalStats(raw: RawPortalStats): PortalStats {
  return {
    weeks: raw.weeks ?? [],
    units_sold: Number(raw.units_sold ?? 0),
    revenue: Number(raw.revenue ?? 0),
    clicks: {
      voso: raw.clicks?.voso ?? 0,
      postmart: raw.clicks?.postmart ?? 0,
    },
    shares: reshapeShares(raw.shares),
  }
}

/** Always the four sources in one order; a backend that does not count shares gives null. */
function reshapeShares(
  raw: RawPortalStats["shares"]
): PortalShareFigures[] | null {
  if (!Array.isArray(raw)) return null
  return SHARE_SOURCES.map((source) => {
    const row = raw.find((entry) => entry.source === source)
    return {
      source,
      visits: Number(row?.visits ?? 0) || 0,
      link_outs: Number(row?.link_outs ?? 0) || 0,
    }
  })
}
