// The search page keeps all of its state in the URL (?q=&category=&producer=&stars=&price=&page=)
// so a result can be shared, bookmarked and rendered on the server.

export const SEARCH_PAGE_SIZE = 12

/** Price bands in whole đồng; `to` is exclusive. */
export const PRICE_BANDS = [
  { key: "under-50k", to: 50000 },
  { key: "50k-100k", from: 50000, to: 100000 },
  { key: "100k-200k", from: 100000, to: 200000 },
  { key: "over-200k", from: 200000 },
] as const

type PriceBandKey = (typeof PRICE_BANDS)[number]["key"]

export interface SearchParams {
  q: string
  category: string | null
  producer: string | null
  /** Minimum OCOP stars. */
  stars: number | null
  price: PriceBandKey | null
  page: number
}

type RawParams = Record<string, string | string[] | undefined>

const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.trim() || null

export function parseSearchParams(raw: RawParams): SearchParams {
  const stars = Number.parseInt(first(raw.stars) ?? "", 10)
  const page = Number.parseInt(first(raw.page) ?? "1", 10)
  const price = first(raw.price)
  return {
    q: (first(raw.q) ?? "").slice(0, 100),
    category: first(raw.category),
    producer: first(raw.producer),
    stars: stars >= 3 && stars <= 5 ? stars : null,
    price: PRICE_BANDS.some((band) => band.key === price)
      ? (price as PriceBandKey)
      : null,
    page: Number.isFinite(page) && page > 0 ? page : 1,
  }
}

/** The URL query for `params` with `changes` applied; any filter change goes back to page 1. */
export function searchQuery(
  params: SearchParams,
  changes: Partial<SearchParams> = {}
): Record<string, string> {
  const next = { ...params, page: 1, ...changes }
  const query: Record<string, string> = {}
  if (next.q) query.q = next.q
  if (next.category) query.category = next.category
  if (next.producer) query.producer = next.producer
  if (next.stars) query.stars = String(next.stars)
  if (next.price) query.price = next.price
  if (next.page > 1) query.page = String(next.page)
  return query
}

/** The Search Module filter tree for the chosen facets. */
export function searchFilters(params: SearchParams): Record<string, unknown> {
  const filters: Record<string, unknown> = {}
  if (params.category) filters.category_handles = params.category
  if (params.producer) filters.producer_handle = params.producer
  if (params.stars) filters.ocop_stars = { $gte: params.stars }
  const band = PRICE_BANDS.find((candidate) => candidate.key === params.price)
  if (band) {
    filters.price_min = {
      ...("from" in band ? { $gte: band.from } : {}),
      ...("to" in band ? { $lt: band.to } : {}),
    }
  }
  return filters
}
