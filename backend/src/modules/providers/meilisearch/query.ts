import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { toEpochMs, toMeilisearchFilter } from "./filters"
import { isSearchable, planFields, type PlannedField } from "./settings"

type Input = SearchTypes.ProviderSearchQuery
type FacetRequest = SearchTypes.SearchFacetRequest

/** One query of a `POST /multi-search` body, as Meilisearch reads it. */
export type MeilisearchQuery = Record<string, unknown> & { indexUid: string }

/** A range facet is counted by its own query: Meilisearch has no range facets. */
export type RangeCount = {
  field: string
  key: string
  from?: number | string
  to?: number | string
}

/** What one module query became: the main query, then one query per requested range. */
export type PlannedQuery = {
  input: Input
  fields: Map<string, PlannedField>
  main: MeilisearchQuery
  ranges: RangeCount[]
  rangeQueries: MeilisearchQuery[]
}

const DEFAULT_HIGHLIGHT = { pre_tag: "<mark>", post_tag: "</mark>" }

const fail = (message: string): never => {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/**
 * Meilisearch ranks by relevance first and applies `sort` after it (RANKING_RULES), so an
 * order must lead with `_score` when there is a query, and `_score` cannot come later.
 */
function toSort(input: Input, hasQuery: boolean): string[] | undefined {
  const entries = Object.entries(input.pagination?.order ?? {})
  const [first] = entries
  if (first?.[0] === "_score" && first[1] !== "DESC") {
    fail("The Meilisearch search provider ranks by _score DESC only")
  }
  const rest = first?.[0] === "_score" ? entries.slice(1) : entries
  if (rest.some(([field]) => field === "_score")) {
    fail(
      "The Meilisearch search provider can order by _score only before other fields"
    )
  }
  if (hasQuery && first && first[0] !== "_score") {
    fail(
      `Meilisearch ranks matches by relevance before any sort: order by { _score: "DESC", ${first[0]}: "${first[1]}" } or search without "q"`
    )
  }
  const sort = rest.map(
    ([field, direction]) => `${field}:${direction === "ASC" ? "asc" : "desc"}`
  )
  return sort.length ? sort : undefined
}

/**
 * Without typo tolerance every word must match as written: Meilisearch has no per-query typo
 * switch, but a quoted word is matched exactly. With `match_strategy: "last"` the last word
 * stays unquoted so it still completes as a prefix.
 */
function toQueryText(input: Input): string | undefined {
  const q = input.q?.trim()
  if (!q) {
    return undefined
  }
  const options = input.search_options ?? {}
  const typoAllowed =
    options.typo_tolerance === true &&
    input.index.settings.typo_tolerance?.enabled !== false
  if (typoAllowed) {
    return q
  }
  const words = q.replace(/"/g, " ").split(/\s+/).filter(Boolean)
  return words
    .map((word, i) =>
      options.match_strategy === "last" && i === words.length - 1
        ? word
        : `"${word}"`
    )
    .join(" ")
}

function highlightParams(input: Input, fields: PlannedField[]) {
  const highlight = input.search_options?.highlight
  if (!highlight || !input.q?.trim()) {
    return {}
  }
  const options =
    highlight === true
      ? {
          ...DEFAULT_HIGHLIGHT,
          fields:
            input.search_options?.attributes_to_search_on ??
            fields
              .filter(
                ({ field }) =>
                  isSearchable(field) && field.retrievable !== false
              )
              .map(({ path }) => path),
        }
      : { ...DEFAULT_HIGHLIGHT, ...highlight }
  const snippet = typeof options.snippet === "object" ? options.snippet : null
  return {
    attributesToHighlight: options.fields,
    highlightPreTag: options.pre_tag,
    highlightPostTag: options.post_tag,
    ...(options.snippet
      ? {
          attributesToCrop: options.fields,
          ...(snippet ? { cropLength: snippet.length } : {}),
        }
      : {}),
  }
}

function pageParams(input: Input) {
  const skip = input.pagination?.skip ?? 0
  const take = input.pagination?.take ?? 20
  if (input.search_options?.count !== "exact") {
    return { offset: skip, limit: take }
  }
  // Only page/hitsPerPage makes Meilisearch count exhaustively (`totalHits`).
  if (take === 0 || skip % take !== 0) {
    fail(
      "An exact count on Meilisearch needs `skip` to be a multiple of `take`"
    )
  }
  return { page: skip / take + 1, hitsPerPage: take }
}

/** The parameters shared by the main query and its range-count queries. */
function matchParams(input: Input) {
  const options = input.search_options ?? {}
  if (options.match_strategy === "any") {
    fail(
      'The Meilisearch search provider does not support match_strategy "any"'
    )
  }
  if (
    options.min_score !== undefined &&
    (options.min_score < 0 || options.min_score > 1)
  ) {
    fail("min_score must be between 0 and 1 on the Meilisearch search provider")
  }
  const q = toQueryText(input)
  return {
    ...(q ? { q } : {}),
    // Meilisearch would drop words from the end until something matches; the module means all.
    matchingStrategy: "all",
    ...(options.attributes_to_search_on
      ? { attributesToSearchOn: options.attributes_to_search_on }
      : {}),
    ...(options.min_score !== undefined && q
      ? { rankingScoreThreshold: options.min_score }
      : {}),
    ...(options.locales?.length ? { locales: options.locales } : {}),
    ...(options.distinct ? { distinct: options.distinct } : {}),
  }
}

function rangeFilter(range: RangeCount, field: PlannedField) {
  const bound = (value: number | string) =>
    field.field.type === "date" ? toEpochMs(value) : Number(value)
  return [
    range.from !== undefined ? `${range.field} >= ${bound(range.from)}` : "",
    range.to !== undefined ? `${range.field} < ${bound(range.to)}` : "",
  ].filter(Boolean)
}

/** Translates one module query into Meilisearch's search parameters. */
export function planQuery(input: Input, identifier: string): PlannedQuery {
  const options = input.search_options ?? {}
  if (options.vector) {
    fail("The Meilisearch search provider does not support vector search")
  }
  if (input.pagination?.cursor !== undefined) {
    fail("The Meilisearch search provider does not support cursor pagination")
  }
  const planned = planFields(input.index)
  const fields = new Map(planned.map((field) => [field.path, field]))
  const filter = toMeilisearchFilter(input.filters, fields, input.index.name)
  const requests = (options.facets ?? []).map((facet): FacetRequest =>
    typeof facet === "string" ? { field: facet, type: "value" } : facet
  )
  const ranges: RangeCount[] = requests.flatMap((request) =>
    request.type === "range"
      ? request.ranges.map((range) => ({
          field: request.field,
          key: range.key ?? `${range.from ?? "*"}-${range.to ?? "*"}`,
          from: range.from,
          to: range.to,
        }))
      : []
  )
  const facetFields = [
    ...new Set(requests.filter((r) => r.type !== "range").map((r) => r.field)),
  ]
  const match = matchParams(input)
  const sort = toSort(input, !!match.q)
  const indexUid = input.index.physical_name
  const main: MeilisearchQuery = {
    indexUid,
    ...match,
    ...(filter ? { filter } : {}),
    ...(facetFields.length ? { facets: facetFields } : {}),
    ...(sort ? { sort } : {}),
    ...pageParams(input),
    attributesToRetrieve: [
      ...new Set([input.index.primary_key, ...input.attributes_to_retrieve]),
    ],
    ...highlightParams(input, planned),
    ...(options.include_score ? { showRankingScore: true } : {}),
    ...(options.provider_options?.[identifier] ?? {}),
  }
  const rangeQueries = ranges.map((range) => ({
    indexUid,
    ...match,
    // An array is Meilisearch's AND of its expressions, each keeping its own precedence.
    filter: [
      ...(filter ? [filter] : []),
      ...rangeFilter(range, fields.get(range.field)!),
    ],
    page: 1,
    hitsPerPage: 0,
  }))
  return { input, fields, main, ranges, rangeQueries }
}
