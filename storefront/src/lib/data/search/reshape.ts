// The boundary between the Search Module's answer (`POST /store/search`) and the search page's
// types: the indexed documents are loose records, read field by field here.
import type { FacetValue, SearchHit } from "./types"

export interface RawSearchResult {
  hits: { id: string; document: Record<string, unknown> }[]
  facets?: Record<string, { type: string; values?: FacetValue[] }>
  metadata: { count: number | null }
}

export function reshapeHit(
  hit: RawSearchResult["hits"][number],
  locale: string
): SearchHit {
  const doc = hit.document
  const text = (key: string) =>
    typeof doc[key] === "string" && doc[key] ? (doc[key] as string) : null
  const number = (key: string) =>
    typeof doc[key] === "number" ? (doc[key] as number) : null
  return {
    id: hit.id,
    handle: text("handle") ?? hit.id,
    title: (locale === "en" ? text("title_en") : null) ?? text("title") ?? "",
    producerName: text("producer_name"),
    stars: number("ocop_stars"),
    price: number("price_min"),
    thumbnail: text("thumbnail"),
    inStock: doc.in_stock !== false,
  }
}

export const facetValues = (
  raw: RawSearchResult,
  field: string
): FacetValue[] =>
  (raw.facets?.[field]?.values ?? []).map((entry) => ({
    value: String(entry.value),
    count: Number(entry.count),
  }))
