// The boundary between Medusa's Store API payloads and the storefront's types
// (vercel/commerce's reshapeProduct pattern). Nothing else reads raw payloads.
import { reshapeSeason, type RawSeason } from "@/lib/data/shared/season"
import { isCalendarDay, vietnamToday } from "@/lib/util/date"
import {
  onPreorder,
  preorderRemaining,
  type PreorderTerms,
} from "@/lib/util/preorder"
import type {
  Category,
  Certificate,
  Marketplace,
  MarketplaceListing,
  Producer,
  ProducerListItem,
  ProducerWithProducts,
  Product,
  ProductPreorder,
  ProductSummary,
  Region,
  Variant,
} from "./types"

type Maybe<T> = T | null | undefined

export interface RawRegion {
  id: string
  name: string
  currency_code: string
}

export interface RawCategory {
  id: string
  name: string
  handle: string
}

export interface RawProducer {
  id: string
  handle: string
  name: string
  kind: string
  village?: Maybe<string>
  ward?: Maybe<string>
  province?: Maybe<string>
  story_vi?: Maybe<string>
  story_en?: Maybe<string>
  phone?: Maybe<string>
  product_count?: Maybe<number>
  products?: Maybe<RawProductSummary[]>
}

export interface RawCertificate {
  id: string
  stars: number
  /** The stars shoppers may see now, decided by the backend; null while not in force. */
  displayed_stars?: Maybe<number>
  decision_number: string
  issuing_level: string
  issued_at?: Maybe<string>
  expires_at?: Maybe<string>
}

interface RawListing {
  id: string
  marketplace: string
  url: string
}

interface RawVariant {
  id: string
  title?: Maybe<string>
  sku?: Maybe<string>
  variant_rank?: Maybe<number>
  manage_inventory?: Maybe<boolean>
  inventory_quantity?: Maybe<number>
  calculated_price?: Maybe<{
    calculated_amount?: Maybe<number>
    original_amount?: Maybe<number>
  }>
}

interface RawProductSummary {
  id: string
  handle: string
  title: string
  thumbnail?: Maybe<string>
  harvest_season?: Maybe<RawSeason>
}

/** The next harvest a producer announced, with the day the shop promises to ship it. */
export interface RawHarvestPreorder {
  harvest_on?: Maybe<string>
  ships_on?: Maybe<string>
  quantity?: Maybe<number>
  ordered?: Maybe<number>
}

export interface RawProduct extends RawProductSummary {
  subtitle?: Maybe<string>
  description?: Maybe<string>
  images?: Maybe<{ id: string; url: string; rank?: Maybe<number> }[]>
  variants?: Maybe<RawVariant[]>
  categories?: Maybe<RawCategory[]>
  producer?: Maybe<RawProducer>
  ocop_certificate?: Maybe<RawCertificate>
  marketplace_listings?: Maybe<RawListing[]>
  harvest_preorder?: Maybe<RawHarvestPreorder>
}

const MARKETPLACES: readonly Marketplace[] = ["voso", "postmart"]

const nullable = <T>(value: Maybe<T>): T | null => value ?? null

function reshapeRegion(raw: RawRegion): Region {
  return { id: raw.id, name: raw.name, currencyCode: raw.currency_code }
}

/** The shop sells in đồng: the region whose currency is VND, else the first one. */
export function pickVndRegion(regions: RawRegion[]): Region | null {
  const raw =
    regions.find((r) => r.currency_code?.toLowerCase() === "vnd") ?? regions[0]
  return raw ? reshapeRegion(raw) : null
}

export function reshapeCategory(raw: RawCategory): Category {
  return { id: raw.id, name: raw.name, handle: raw.handle }
}

function reshapeProducer(raw: RawProducer): Producer {
  return {
    id: raw.id,
    handle: raw.handle,
    name: raw.name,
    kind: raw.kind,
    village: nullable(raw.village),
    ward: nullable(raw.ward),
    province: nullable(raw.province),
    story: { vi: nullable(raw.story_vi), en: nullable(raw.story_en) },
    phone: nullable(raw.phone),
  }
}

export function reshapeProducerListItem(raw: RawProducer): ProducerListItem {
  return { ...reshapeProducer(raw), productCount: raw.product_count ?? 0 }
}

function reshapeProductSummary(raw: RawProductSummary): ProductSummary {
  return {
    id: raw.id,
    handle: raw.handle,
    title: raw.title,
    thumbnail: nullable(raw.thumbnail),
    season: reshapeSeason(raw.harvest_season),
  }
}

export function reshapeProducerWithProducts(
  raw: RawProducer
): ProducerWithProducts {
  return {
    ...reshapeProducer(raw),
    products: (raw.products ?? []).map(reshapeProductSummary),
  }
}

function reshapeCertificate(raw: Maybe<RawCertificate>) {
  if (!raw) return null
  const certificate: Certificate = {
    id: raw.id,
    stars: Number(raw.stars),
    displayedStars: nullable(raw.displayed_stars),
    decisionNumber: raw.decision_number,
    issuingLevel: raw.issuing_level,
    issuedAt: nullable(raw.issued_at),
    expiresAt: nullable(raw.expires_at),
  }
  return certificate
}

function reshapeListings(raw: Maybe<RawListing[]>): MarketplaceListing[] {
  return (raw ?? [])
    .filter((l): l is RawListing & { marketplace: Marketplace } =>
      MARKETPLACES.includes(l.marketplace as Marketplace)
    )
    .map((l) => ({ id: l.id, marketplace: l.marketplace, url: l.url }))
    .sort(
      (a, b) =>
        MARKETPLACES.indexOf(a.marketplace) -
        MARKETPLACES.indexOf(b.marketplace)
    )
}

export function reshapeVariant(
  raw: RawVariant,
  preorder: PreorderTerms | null = null,
  today: string = vietnamToday()
): Variant {
  const price = raw.calculated_price?.calculated_amount ?? null
  const original = raw.calculated_price?.original_amount ?? null
  const managed = raw.manage_inventory !== false
  const quantity =
    managed && typeof raw.inventory_quantity === "number"
      ? raw.inventory_quantity
      : null
  // Backorders carry only pre-orders here: the backend allows them while a harvest is announced
  // and still holds every other cart line to the stock, so no stock reads as out of stock.
  const inStock = quantity === null || quantity > 0
  return {
    id: raw.id,
    title: raw.title ?? "",
    sku: nullable(raw.sku),
    price,
    originalPrice:
      original !== null && price !== null && original > price ? original : null,
    inventoryQuantity: quantity,
    inStock,
    onPreorder: onPreorder(preorder, today, { inStock }),
  }
}

/** The harvest's terms, or null when the payload lacks the days or the counts. */
function preorderTerms(
  raw: Maybe<RawHarvestPreorder>
): (PreorderTerms & { shipsOn: string }) | null {
  const harvestOn = raw?.harvest_on
  const shipsOn = raw?.ships_on
  if (!isCalendarDay(harvestOn) || !isCalendarDay(shipsOn)) return null
  const quantity = Number(raw?.quantity)
  const ordered = Number(raw?.ordered ?? 0)
  if (!Number.isFinite(quantity) || !Number.isFinite(ordered)) return null
  return { harvestOn, shipsOn, quantity, ordered }
}

function reshapePreorder(
  terms: ReturnType<typeof preorderTerms>,
  today: string
): ProductPreorder | null {
  if (!terms) return null
  return {
    shipsOn: terms.shipsOn,
    remaining: preorderRemaining(terms),
    open: onPreorder(terms, today),
  }
}

/**
 * The API returns variants in storage order, which moves when a row is updated; shoppers
 * should always see the producer's order, then the smallest pack first.
 */
function byRankThenPrice(a: RawVariant, b: RawVariant): number {
  const rank = (a.variant_rank ?? 0) - (b.variant_rank ?? 0)
  if (rank !== 0) return rank
  const priceOf = (v: RawVariant) =>
    v.calculated_price?.calculated_amount ?? Number.MAX_SAFE_INTEGER
  return priceOf(a) - priceOf(b) || (a.title ?? "").localeCompare(b.title ?? "")
}

export function reshapeProduct(raw: RawProduct): Product {
  const today = vietnamToday()
  const preorder = preorderTerms(raw.harvest_preorder)
  const variants = [...(raw.variants ?? [])]
    .sort(byRankThenPrice)
    .map((variant) => reshapeVariant(variant, preorder, today))
  const prices = variants
    .map((v) => v.price)
    .filter((p): p is number => typeof p === "number")
  const images = [...(raw.images ?? [])]
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
    .map((i) => ({ id: i.id, url: i.url }))
  const thumbnail = nullable(raw.thumbnail) ?? images[0]?.url ?? null
  return {
    ...reshapeProductSummary(raw),
    thumbnail,
    subtitle: nullable(raw.subtitle),
    description: nullable(raw.description),
    images:
      images.length || !thumbnail ? images : [{ id: "thumb", url: thumbnail }],
    variants,
    minPrice: prices.length ? Math.min(...prices) : null,
    categories: (raw.categories ?? []).map(reshapeCategory),
    producer: raw.producer ? reshapeProducer(raw.producer) : null,
    certificate: reshapeCertificate(raw.ocop_certificate),
    listings: reshapeListings(raw.marketplace_listings),
    preorder: reshapePreorder(preorder, today),
  }
}
