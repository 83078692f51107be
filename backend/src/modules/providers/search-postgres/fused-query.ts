/* eslint-disable @medusajs/import-from-framework-not-internal -- @medusajs/search-postgres has no
   public entry for the service and helpers this provider extends */
import type { SearchTypes } from "@medusajs/framework/types"
import {
  jsonbPath,
  keywordTsQuerySql,
  normalizeFacetRequests,
  toWhereClause,
  wordSimilarityCall,
  type IndexPlan,
} from "@medusajs/search-postgres/dist/utils"

/** Word similarity a typo-tolerant match needs: Medusa's search-postgres uses the same. */
export const TYPO_THRESHOLD = 0.3

/**
 * The score of a hit whose title is the query, or holds it as a phrase, in place of its text
 * rank (which stays far below): someone who types a product's name wants that product, not the
 * jam whose description repeats the name's words. Hits with a title phrase score alike, so the
 * page's next sort key (the shorter title) orders them.
 */
export const EXACT_TITLE_SCORE = 1000
export const TITLE_PHRASE_SCORE = 500

type Facet = ReturnType<typeof normalizeFacetRequests>[number]

export type FusedQuery = {
  sql: string
  params: unknown[]
  facets: Facet[]
  /**
   * pg_trgm's word-similarity threshold for `<%`, set in the same transaction; undefined
   * when the query has no typo matching.
   */
  typoThreshold?: number
}

const column = (path: string, kind: string) => {
  const text = jsonbPath(path, true)
  if (kind === "number") {
    return `(${text})::float8`
  }
  return kind === "boolean" ? `(${text})::boolean` : text
}

/** ORDER BY over the CTE's own columns, so the page sort never re-reads `indexed`. */
function orderColumns(input: SearchTypes.ProviderSearchQuery, plan: IndexPlan) {
  const select: string[] = []
  const order: string[] = []
  const entries = Object.entries(input.pagination?.order ?? {})
  if (!entries.length) {
    order.push(input.q?.trim() ? `score DESC NULLS LAST, "id" ASC` : `"id" ASC`)
  }
  entries.forEach(([property, direction], i) => {
    const dir = direction === "ASC" ? "ASC" : "DESC"
    if (property === "_score") {
      order.push(`score ${dir} NULLS LAST`)
      return
    }
    const planned = plan.fields.get(property)!
    select.push(`${column(property, planned.kind)} AS o${i}`)
    order.push(`o${i} ${dir} NULLS LAST`)
  })
  return { select, order: order.join(", ") }
}

function facetSql(facet: Facet, i: number, plan: IndexPlan, params: unknown[]) {
  const source = `f${i}`
  if (facet.type === "stats") {
    return `(SELECT json_build_array(json_build_object('min', MIN(${source}), 'max', MAX(${source}),
      'avg', AVG(${source}), 'sum', SUM(${source}), 'count', COUNT(*))) FROM scope)`
  }
  if (facet.type === "range") {
    const counts = (facet.ranges ?? []).map((range, r) => {
      const conditions: string[] = []
      if (range.from !== undefined) {
        params.push(range.from)
        conditions.push(`${source} >= ?`)
      }
      if (range.to !== undefined) {
        params.push(range.to)
        conditions.push(`${source} < ?`)
      }
      const where = conditions.join(" AND ") || "TRUE"
      return `'r${r}', COUNT(*) FILTER (WHERE ${where})`
    })
    return `(SELECT json_build_array(json_build_object(${counts.join(", ")})) FROM scope)`
  }
  const planned = plan.fields.get(facet.field)!
  const from = planned.is_array
    ? `scope, jsonb_array_elements_text(scope.${source}) AS value`
    : `(SELECT ${source} AS value FROM scope) AS scalar`
  let filter = ""
  if (facet.query) {
    params.push(`${facet.query}%`)
    filter = ` AND value LIKE ?`
  }
  params.push(facet.limit ?? 10)
  const order = facet.sort === "alpha" ? "value ASC" : "n DESC, value ASC"
  return `(SELECT COALESCE(json_agg(json_build_object('value', value, 'count', n) ORDER BY ${order}), '[]'::json)
    FROM (SELECT value, COUNT(*)::int AS n FROM ${from} WHERE value IS NOT NULL${filter}
      GROUP BY value ORDER BY ${order} LIMIT ?) AS counted)`
}

function facetSource(facet: Facet, plan: IndexPlan, i: number) {
  const planned = plan.fields.get(facet.field)!
  if (facet.type !== "value") {
    return `${column(facet.field, "number")} AS f${i}`
  }
  return `${planned.is_array ? jsonbPath(facet.field) : jsonbPath(facet.field, true)} AS f${i}`
}

/**
 * The score when the query is one of the titles, or a phrase in one, else the text rank. Both sides go through
 * the index's own text configuration, so marks, case and spacing are folded exactly as
 * matching folds them ("  DAU TAY " is "Dâu tây") without depending on unaccent. The query's
 * side is a sub-select, computed once per statement rather than per row. Two parameters.
 */
function titleFirstScore(
  rank: string,
  titleFields: string[],
  tsConfig: string
) {
  const vectors = titleFields.map(
    (field) =>
      `to_tsvector('${tsConfig}', coalesce(${jsonbPath(field, true)}, ''))`
  )
  const exact = `(SELECT to_tsvector('${tsConfig}', ?)::text) IN (${vectors
    .map((vector) => `${vector}::text`)
    .join(", ")})`
  const phrase = vectors
    .map((vector) => `${vector} @@ (SELECT phraseto_tsquery('${tsConfig}', ?))`)
    .join(" OR ")
  return `CASE WHEN ${exact} THEN ${EXACT_TITLE_SCORE} WHEN ${phrase} THEN ${TITLE_PHRASE_SCORE} ELSE ${rank} END`
}

/**
 * One statement for a whole keyword search: the rows that match are read once into
 * a CTE carrying only the columns the page sort and the facets need, then the page (documents
 * joined by primary key), the total and every facet are computed from it. Medusa's provider
 * sends a statement per part, and re-reads the large `indexed` column in each. Typo matching
 * uses pg_trgm's indexable `<%` operator instead of comparing `word_similarity()` on every row.
 */
export function buildFusedQuery(input: {
  query: SearchTypes.ProviderSearchQuery
  plan: IndexPlan
  table: string
  tsConfig: string
  /** The column typos are matched against: search_text, or a shorter one (see service.ts). */
  typoColumn: string
  /** Text fields that rank first a document whose title is the query (see EXACT_TITLE_SCORE). */
  titleFields?: string[]
}): FusedQuery {
  const { query, plan, table, tsConfig, typoColumn } = input
  const titleFields = (input.titleFields ?? []).filter(
    (field) => plan.fields.get(field)?.kind === "text"
  )
  const options = query.search_options ?? {}
  const q = query.q?.trim() || undefined
  const typo = !!(
    q &&
    options.typo_tolerance &&
    (query.index.settings.typo_tolerance?.enabled ?? true)
  )
  const facets = normalizeFacetRequests(options.facets, plan)
  const skip = query.pagination?.skip ?? 0
  const take = query.pagination?.take ?? 20
  const params: unknown[] = []
  const tsquery = () => {
    params.push(q)
    return keywordTsQuerySql(tsConfig, options.match_strategy)
  }

  let rank = `0::float4`
  if (q) {
    rank = `ts_rank_cd("search_vector", ${tsquery()})`
    if (typo) {
      params.push(q)
      rank = `GREATEST(${rank}, ${wordSimilarityCall("?", `"${typoColumn}"`)})`
    }
    if (titleFields.length) {
      // The rank's own parameters come after the title's in the CASE.
      const rankParams = params.splice(0)
      rank = titleFirstScore(rank, titleFields, tsConfig)
      params.push(q, ...titleFields.map(() => q), ...rankParams)
    }
  }
  const order = orderColumns(query, plan)
  const selected = [
    `"id"`,
    `${rank} AS score`,
    ...order.select,
    ...facets.map((facet, i) => facetSource(facet, plan, i)),
  ]
  const conditions: string[] = []
  if (q) {
    const match = `"search_vector" @@ ${tsquery()}`
    if (typo) {
      params.push(q)
    }
    conditions.push(typo ? `(${match} OR ? <% "${typoColumn}")` : match)
  }
  const where = toWhereClause(query.filters, plan)
  if (where?.sql) {
    conditions.push(`(${where.sql})`)
    params.push(...where.params)
  }
  // Facets describe the page's result set, so a minimum score narrows them too.
  let ctes = `scope AS MATERIALIZED (SELECT ${selected.join(", ")} FROM "${table}" ${
    conditions.length ? `WHERE ${conditions.join(" AND ")}` : ""
  })`
  if (options.min_score !== undefined) {
    params.push(options.min_score)
    ctes = `${ctes.replace(/^scope/, "matched")},
      scope AS MATERIALIZED (SELECT * FROM matched WHERE score >= ?)`
  }

  const outputs: string[] = []
  if (options.count !== "none") {
    outputs.push(`(SELECT COUNT(*)::int FROM scope) AS count`)
  }
  if (take > 0) {
    params.push(take, skip)
    const hitOrder = order.order.replace(
      /(^|, )(score|o\d+|"id")/g,
      "$1page.$2"
    )
    outputs.push(`(SELECT COALESCE(json_agg(json_build_object('id', page."id", 'score', page.score,
        'document', doc."document") ORDER BY ${hitOrder}), '[]'::json)
      FROM (SELECT * FROM scope ORDER BY ${order.order} LIMIT ? OFFSET ?) AS page
      JOIN "${table}" AS doc ON doc."id" = page."id") AS hits`)
  }
  facets.forEach((facet, i) => {
    outputs.push(`${facetSql(facet, i, plan, params)} AS facet_${i}`)
  })
  if (!outputs.length) {
    outputs.push(`NULL AS nothing`)
  }
  const sql = `WITH ${ctes}
    SELECT ${outputs.join(",\n")}`
  // A row matched only by similarity scores that similarity, so under a minimum score the
  // index can skip everything below it: same answer, far fewer rows to rank.
  const typoThreshold = typo
    ? Math.max(TYPO_THRESHOLD, options.min_score ?? 0)
    : undefined
  return { sql, params, facets, typoThreshold }
}
