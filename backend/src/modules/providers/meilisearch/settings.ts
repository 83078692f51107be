import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

type FieldDefinition = SearchTypes.SearchFieldDefinition
type Definition = SearchTypes.ResolvedSearchIndexDefinition

/** A leaf field of an index definition under its dotted path (Meilisearch's nested syntax). */
export type PlannedField = { path: string; field: FieldDefinition }

/** What this provider reads from `settings.provider_options.meilisearch`. */
export type MeilisearchIndexOptions = {
  /** Groups of words that mean the same thing; every word of a group finds the others. */
  synonyms?: string[][]
}

/** The index settings Meilisearch receives (PATCH /indexes/:uid/settings). */
export type MeilisearchSettings = {
  searchableAttributes: string[]
  displayedAttributes: string[]
  filterableAttributes: string[]
  sortableAttributes: string[]
  rankingRules: string[]
  typoTolerance: {
    enabled: boolean
    minWordSizeForTypos?: { oneTypo?: number; twoTypos?: number }
    disableOnAttributes?: string[]
  }
  synonyms: Record<string, string[]>
  distinctAttribute: string | null
  faceting: { maxValuesPerFacet: number }
  pagination: { maxTotalHits: number }
}

// Relevance first, then the query's `sort`: matches `_score` leading the Search Module's order.
export const RANKING_RULES = [
  "words",
  "typo",
  "proximity",
  "attribute",
  "sort",
  "exactness",
]

const UNSUPPORTED_KINDS = new Set(["geo", "vector"])

const fail = (message: string): never => {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

export const isSearchable = (field: FieldDefinition) =>
  field.searchable === true || typeof field.searchable === "object"

export const isFacetable = (field: FieldDefinition) =>
  field.facetable === true || typeof field.facetable === "object"

const weightOf = (field: FieldDefinition) =>
  typeof field.searchable === "object" ? (field.searchable.weight ?? 1) : 1

/** Every leaf field with its dotted path; refuses what Meilisearch cannot hold. */
export function planFields(definition: Definition): PlannedField[] {
  const walk = (
    fields: Record<string, FieldDefinition>,
    prefix: string
  ): PlannedField[] =>
    Object.entries(fields).flatMap(([name, field]) => {
      const path = prefix ? `${prefix}.${name}` : name
      if (UNSUPPORTED_KINDS.has(field.type)) {
        return fail(
          `The Meilisearch search provider does not support "${field.type}" fields ("${path}" on index "${definition.name}")`
        )
      }
      if (field.type === "object") {
        return walk(field.fields ?? {}, path)
      }
      return [{ path, field }]
    })
  return walk(definition.fields, "")
}

/** Dates travel as epoch milliseconds so Meilisearch can compare and sort them as numbers. */
export const datePaths = (fields: PlannedField[]) =>
  fields.filter(({ field }) => field.type === "date").map(({ path }) => path)

/** Every word of a group finds every other one, in both directions. */
export function toSynonymMap(groups: string[][]): Record<string, string[]> {
  const map: Record<string, string[]> = {}
  for (const group of groups) {
    const words = [...new Set(group.map((word) => word.trim().toLowerCase()))]
    for (const word of words.filter(Boolean)) {
      const others = words.filter((other) => other && other !== word)
      map[word] = [...new Set([...(map[word] ?? []), ...others])]
    }
  }
  return map
}

function typoTolerance(
  settings: SearchTypes.SearchIndexSettings
): MeilisearchSettings["typoTolerance"] {
  const typo = settings.typo_tolerance ?? {}
  const oneTypo = typo.min_word_size_for_one_typo
  const twoTypos = typo.min_word_size_for_two_typos
  if (oneTypo !== undefined && twoTypos !== undefined && twoTypos < oneTypo) {
    fail(
      `min_word_size_for_two_typos (${twoTypos}) cannot be lower than min_word_size_for_one_typo (${oneTypo})`
    )
  }
  return {
    enabled: typo.enabled ?? true,
    ...(oneTypo !== undefined || twoTypos !== undefined
      ? {
          minWordSizeForTypos: {
            ...(oneTypo !== undefined ? { oneTypo } : {}),
            ...(twoTypos !== undefined ? { twoTypos } : {}),
          },
        }
      : {}),
    ...(typo.disabled_on_attributes?.length
      ? { disableOnAttributes: typo.disabled_on_attributes }
      : {}),
  }
}

/**
 * Translates an index definition into Meilisearch settings. Meilisearch weighs attributes by
 * their order in `searchableAttributes`, so the definition's weights become that order.
 */
export function toMeilisearchSettings(
  definition: Definition,
  identifier: string
): MeilisearchSettings {
  const fields = planFields(definition)
  const searchable = fields
    .map((planned, order) => ({ ...planned, order }))
    .filter(({ field }) => isSearchable(field))
    .sort((a, b) => weightOf(b.field) - weightOf(a.field) || a.order - b.order)
    .map(({ path }) => path)
  const displayed = fields
    .filter(({ field }) => field.retrievable !== false)
    .map(({ path }) => path)
  const options = (definition.settings.provider_options?.[identifier] ??
    {}) as MeilisearchIndexOptions
  const distinct = definition.settings.distinct_attribute ?? null
  const paths = new Set(fields.map(({ path }) => path))
  if (distinct && !paths.has(distinct)) {
    fail(
      `Cannot deduplicate search index "${definition.name}" by unknown field "${distinct}"`
    )
  }
  return {
    searchableAttributes: searchable,
    displayedAttributes: [...new Set([definition.primary_key, ...displayed])],
    // Meilisearch only counts facets of filterable attributes.
    filterableAttributes: fields
      .filter(({ field }) => field.filterable || isFacetable(field))
      .map(({ path }) => path),
    sortableAttributes: fields
      .filter(({ field }) => field.sortable)
      .map(({ path }) => path),
    rankingRules: RANKING_RULES,
    typoTolerance: typoTolerance(definition.settings),
    synonyms: toSynonymMap(options.synonyms ?? []),
    distinctAttribute: distinct,
    faceting: { maxValuesPerFacet: 100 },
    pagination: { maxTotalHits: 10_000 },
  }
}
