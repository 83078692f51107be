import type { SearchTypes } from "@medusajs/framework/types"
import { getPath, mapPath } from "./paths"
import type { PlannedQuery } from "./query"

/** The part of a Meilisearch search response this provider reads. */
export type MeilisearchSearchResponse = {
  hits: Record<string, unknown>[]
  query?: string
  processingTimeMs?: number
  estimatedTotalHits?: number
  totalHits?: number
  facetDistribution?: Record<string, Record<string, number>>
  facetStats?: Record<string, { min: number; max: number }>
}

type FacetResult = SearchTypes.SearchFacetResult
type ValueFacet = Extract<SearchTypes.SearchFacetRequest, { type?: "value" }>

const DEFAULT_FACET_LIMIT = 10

const totalOf = (response: MeilisearchSearchResponse) =>
  response.totalHits ?? response.estimatedTotalHits ?? response.hits.length

function valueFacet(
  request: ValueFacet,
  distribution: Record<string, number> = {}
): FacetResult {
  const prefix = request.query?.toLowerCase()
  const values = Object.entries(distribution)
    .filter(([value]) => !prefix || value.toLowerCase().startsWith(prefix))
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) =>
      request.sort === "alpha"
        ? a.value.localeCompare(b.value)
        : b.count - a.count || a.value.localeCompare(b.value)
    )
  return {
    type: "value",
    values: values.slice(0, request.limit ?? DEFAULT_FACET_LIMIT),
  }
}

function facetsOf(
  plan: PlannedQuery,
  main: MeilisearchSearchResponse,
  rangeResponses: MeilisearchSearchResponse[]
): Record<string, FacetResult> | undefined {
  const requests = plan.input.search_options?.facets ?? []
  if (!requests.length) {
    return undefined
  }
  const facets: Record<string, FacetResult> = {}
  for (const raw of requests) {
    const request = typeof raw === "string" ? { field: raw } : raw
    if (request.type === "stats") {
      const stats = main.facetStats?.[request.field]
      facets[request.field] = {
        type: "stats",
        min: stats?.min ?? 0,
        max: stats?.max ?? 0,
        count: totalOf(main),
      }
    } else if (request.type === "range") {
      facets[request.field] = {
        type: "range",
        ranges: plan.ranges
          .map((range, i) => ({ range, response: rangeResponses[i] }))
          .filter(({ range }) => range.field === request.field)
          .map(({ range, response }) => ({
            key: range.key,
            from: range.from,
            to: range.to,
            count: totalOf(response),
          })),
      }
    } else {
      facets[request.field] = valueFacet(
        request,
        main.facetDistribution?.[request.field]
      )
    }
  }
  return facets
}

function toHit(plan: PlannedQuery, raw: Record<string, unknown>) {
  const { _formatted, _rankingScore, ...stored } = raw
  const { input } = plan
  const primaryKey = input.index.primary_key
  const document = structuredClone(stored)
  for (const [path, planned] of plan.fields) {
    if (planned.field.type === "date") {
      mapPath(document, path, (value) =>
        typeof value === "number" ? new Date(value).toISOString() : value
      )
    }
  }
  if (!input.attributes_to_retrieve.includes(primaryKey)) {
    delete document[primaryKey]
  }
  const hit: SearchTypes.SearchHit = {
    id: String(stored[primaryKey]),
    document,
  }
  if (typeof _rankingScore === "number") {
    hit.score = _rankingScore
  }
  const preTag = plan.main.highlightPreTag as string | undefined
  const highlighted = (plan.main.attributesToHighlight ?? []) as string[]
  if (preTag && _formatted && typeof _formatted === "object") {
    const highlights: Record<string, string[]> = {}
    for (const path of highlighted) {
      const value = getPath(_formatted as Record<string, unknown>, path)
      const fragments = (Array.isArray(value) ? value : [value]).filter(
        (fragment): fragment is string =>
          typeof fragment === "string" && fragment.includes(preTag)
      )
      if (fragments.length) {
        highlights[path] = fragments
      }
    }
    hit.highlights = highlights
  }
  return hit
}

/** Maps Meilisearch's answers for one planned query back into the Search Module's result. */
export function toSearchResult(
  plan: PlannedQuery,
  main: MeilisearchSearchResponse,
  rangeResponses: MeilisearchSearchResponse[]
): SearchTypes.SearchResult {
  const { input } = plan
  return {
    hits: main.hits.map((raw) => toHit(plan, raw)),
    facets: facetsOf(plan, main, rangeResponses),
    metadata: {
      skip: input.pagination?.skip ?? 0,
      take: input.pagination?.take ?? 20,
      count: input.search_options?.count === "none" ? null : totalOf(main),
      query: input.q,
      processing_time_ms: main.processingTimeMs,
    },
  }
}
