"use server"

import {
  parseSearchParams,
  SEARCH_PAGE_SIZE,
  searchFilters,
  type SearchParams,
} from "./params"
import { uncachedStoreFetch } from "@/lib/data/shared/store-fetch"
import { facetValues, reshapeHit, type RawSearchResult } from "./reshape"
import type { SearchHit, SearchResults } from "./types"

// Reads go through Medusa's Search Module (`POST /store/search`). Results depend on every
// keystroke, so they are not cached; the engine (PostgreSQL or Meilisearch) is fast.

const HIT_FIELDS = [
  "id",
  "handle",
  "title",
  "title_en",
  "producer_name",
  "ocop_stars",
  "price_min",
  "thumbnail",
  "in_stock",
]

// Typo matches below this similarity are noise (search-postgres: pg_trgm word similarity).
const FUZZY_MIN_SCORE = 0.65

const FACETS = ["category_handles", "producer_handle", "ocop_stars"]

function requestBody(
  q: string,
  filters: Record<string, unknown>,
  options: { skip: number; take: number; typo: boolean; facets: boolean }
) {
  return {
    entity: "product",
    fields: HIT_FIELDS,
    filters: { ...(q ? { q } : {}), ...filters },
    pagination: {
      skip: options.skip,
      take: options.take,
      // Equally relevant hits: the shorter title is the closer match.
      order: q
        ? { _score: "DESC", title_length: "ASC" }
        : { ocop_stars: "DESC", title_length: "ASC" },
    },
    search_options: {
      ...(options.facets ? { facets: FACETS, disjunctive_facets: true } : {}),
      ...(q ? { typo_tolerance: options.typo } : {}),
      ...(options.typo ? { min_score: FUZZY_MIN_SCORE } : {}),
    },
  }
}

/**
 * Exact words first; only when they find nothing, the same query again typo-tolerant — so
 * "dau tay" lists strawberries only, and "strawbery" still finds them.
 */
async function runSearch(
  q: string,
  filters: Record<string, unknown>,
  options: { skip: number; take: number; facets: boolean }
): Promise<RawSearchResult> {
  const post = async (typo: boolean) => {
    const { results } = await uncachedStoreFetch<{
      results: RawSearchResult[]
    }>("/store/search", {
      method: "POST",
      body: requestBody(q, filters, { ...options, typo }),
    })
    return results[0]
  }
  const exact = await post(false)
  return q && !exact.metadata.count ? await post(true) : exact
}

const EMPTY: Omit<SearchResults, "page" | "unavailable"> = {
  hits: [],
  count: 0,
  pageCount: 0,
  facets: { categories: [], producers: [], stars: [] },
}

/**
 * The search page: hits, facet counts and pages for the URL's state; only among `productIds`
 * when given (the in-season filter: the products the backend listed for this month).
 */
export async function searchProducts(
  locale: string,
  params: SearchParams,
  productIds?: string[]
): Promise<SearchResults> {
  if (productIds?.length === 0) {
    return { ...EMPTY, page: params.page, unavailable: false }
  }
  const filters = {
    ...searchFilters(params),
    ...(productIds ? { id: { $in: productIds } } : {}),
  }
  try {
    const raw = await runSearch(params.q, filters, {
      skip: (params.page - 1) * SEARCH_PAGE_SIZE,
      take: SEARCH_PAGE_SIZE,
      facets: true,
    })
    const count = raw.metadata.count ?? raw.hits.length
    return {
      hits: raw.hits.map((hit) => reshapeHit(hit, locale)),
      count,
      page: params.page,
      pageCount: Math.ceil(count / SEARCH_PAGE_SIZE),
      facets: {
        categories: facetValues(raw, "category_handles"),
        producers: facetValues(raw, "producer_handle"),
        stars: facetValues(raw, "ocop_stars"),
      },
      unavailable: false,
    }
  } catch {
    // The engine is down or misconfigured: say so instead of failing the whole page.
    return { ...EMPTY, page: params.page, unavailable: true }
  }
}

/** Instant suggestions for the header's search box (a server action). */
export async function suggestProducts(
  locale: string,
  q: string
): Promise<{ hits: SearchHit[]; unavailable: boolean }> {
  const query = parseSearchParams({ q }).q
  if (!query) {
    return { hits: [], unavailable: false }
  }
  try {
    const raw = await runSearch(query, {}, { skip: 0, take: 6, facets: false })
    return {
      hits: raw.hits.map((hit) => reshapeHit(hit, locale)),
      unavailable: false,
    }
  } catch {
    return { hits: [], unavailable: true }
  }
}
