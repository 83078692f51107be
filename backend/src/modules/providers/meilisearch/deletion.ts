import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { toMeilisearchFilter } from "./filters"
import type { PlannedField } from "./settings"

type Filters = SearchTypes.SearchFilters

const isIdList = (value: unknown): value is (string | number)[] =>
  Array.isArray(value) &&
  value.every((id) => typeof id === "string" || typeof id === "number")

/** A field's kind read off the first value a filter compares it with. */
function kindOf(value: unknown): "float" | "boolean" | "keyword" {
  const sample = Array.isArray(value)
    ? value[0]
    : value && typeof value === "object" && !(value instanceof Date)
      ? Object.values(value)[0]
      : value
  if (Array.isArray(sample)) {
    return kindOf(sample)
  }
  return typeof sample === "number"
    ? "float"
    : typeof sample === "boolean"
      ? "boolean"
      : "keyword"
}

/**
 * Deleting by id (`{ id: [...] }`, `{ id: "…" }` or `{ id: { $in: [...] } }`) uses Meilisearch's
 * delete-batch route; anything else becomes a delete-by-filter. The module passes no
 * definition here, so the fields of such a filter are read as plain keywords and numbers.
 */
export function deletionTarget(
  filters: Filters
): { ids: string[] } | { filter: string } {
  const keys = Object.keys(filters)
  if (keys.length === 1 && keys[0] === "id") {
    const value = filters.id as unknown
    const ids =
      typeof value === "string"
        ? [value]
        : isIdList(value)
          ? value
          : isIdList((value as { $in?: unknown })?.$in)
            ? (value as { $in: (string | number)[] }).$in
            : undefined
    if (ids) {
      return { ids: ids.map(String) }
    }
  }
  const inferred = new Map<string, PlannedField>()
  const collect = (branch: Filters) => {
    for (const [key, value] of Object.entries(branch)) {
      if (key === "$and" || key === "$or") {
        ;(value as Filters[]).forEach(collect)
      } else if (key === "$not") {
        collect(value as Filters)
      } else if (key !== "q") {
        inferred.set(key, { path: key, field: { type: kindOf(value) } })
      }
    }
  }
  collect(filters)
  const filter = toMeilisearchFilter(filters, inferred, "deletion")
  if (!filter) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Deleting documents from Meilisearch needs a filter"
    )
  }
  return { filter }
}
