import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { PlannedField } from "./settings"

type Value = SearchTypes.SearchFilterValue
type Filters = SearchTypes.SearchFilters

const fail = (message: string): never => {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

/** Dates become epoch milliseconds, the form they are stored in (see `settings.ts`). */
export function toEpochMs(value: unknown): number {
  const time =
    value instanceof Date
      ? value.getTime()
      : typeof value === "number"
        ? value
        : Date.parse(String(value))
  if (Number.isNaN(time)) {
    fail(`"${String(value)}" is not a date`)
  }
  return time
}

function literal(planned: PlannedField, value: Value): string {
  const { type } = planned.field
  if (type === "date") {
    return String(toEpochMs(value))
  }
  if (type === "integer" || type === "float") {
    const number = Number(value)
    return Number.isFinite(number)
      ? String(number)
      : fail(
          `Filter value "${String(value)}" on "${planned.path}" is not a number`
        )
  }
  if (type === "boolean") {
    return String(value === true || value === "true")
  }
  return `"${String(value).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}

// The Search Module's `indexed` documents never hold null: a missing field and null are alike.
const absent = (path: string) => `(${path} NOT EXISTS OR ${path} IS NULL)`
const present = (path: string) => `(${path} EXISTS AND ${path} IS NOT NULL)`

function anyOf(planned: PlannedField, values: Value[]): string {
  const known = values.filter((value) => value !== null && value !== undefined)
  const parts: string[] = []
  if (known.length === 1) {
    parts.push(`${planned.path} = ${literal(planned, known[0])}`)
  } else if (known.length > 1) {
    parts.push(
      `${planned.path} IN [${known.map((v) => literal(planned, v)).join(", ")}]`
    )
  }
  if (known.length < values.length) {
    parts.push(absent(planned.path))
  }
  if (!parts.length) {
    return fail(`An empty list of values on "${planned.path}" matches nothing`)
  }
  return parts.length === 1 ? parts[0] : `(${parts.join(" OR ")})`
}

function comparison(planned: PlannedField, operator: string, value: Value) {
  if (planned.field.array) {
    fail(
      `Operator ${operator} is not supported on array field "${planned.path}"`
    )
  }
  const symbol = { $gt: ">", $gte: ">=", $lt: "<", $lte: "<=" }[operator]
  return `${planned.path} ${symbol} ${literal(planned, value)}`
}

function operatorClause(
  planned: PlannedField,
  operator: string,
  value: unknown
): string {
  const list = (Array.isArray(value) ? value : [value]) as Value[]
  switch (operator) {
    case "$eq":
      return anyOf(planned, [value as Value])
    case "$ne":
      return value === null || value === undefined
        ? present(planned.path)
        : `${planned.path} != ${literal(planned, value as Value)}`
    case "$in":
      return anyOf(planned, list)
    case "$nin":
      return `NOT ${anyOf(planned, list)}`
    case "$gt":
    case "$gte":
    case "$lt":
    case "$lte":
      return comparison(planned, operator, value as Value)
    case "$exists":
      return value ? present(planned.path) : absent(planned.path)
    case "$contains":
    case "$overlaps":
      if (!planned.field.array) {
        fail(`Operator ${operator} on "${planned.path}" needs an array field`)
      }
      return operator === "$overlaps"
        ? anyOf(planned, list)
        : `(${list.map((item) => anyOf(planned, [item])).join(" AND ")})`
    default:
      // $prefix and $like included: Meilisearch has no substring filter.
      return fail(
        `The Meilisearch search provider does not support operator "${operator}" on "${planned.path}"`
      )
  }
}

function fieldClause(planned: PlannedField, raw: unknown): string {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return anyOf(planned, (Array.isArray(raw) ? raw : [raw]) as Value[])
  }
  if (raw instanceof Date) {
    return anyOf(planned, [raw])
  }
  const operators = Object.entries(raw as Record<string, unknown>).filter(
    ([key, value]) => key.startsWith("$") && value !== undefined
  )
  if (!operators.length) {
    fail(`Empty operator map on filter field "${planned.path}"`)
  }
  const parts = operators.map(([operator, value]) =>
    operatorClause(planned, operator, value)
  )
  return parts.length === 1 ? parts[0] : `(${parts.join(" AND ")})`
}

/**
 * Compiles the Search Module's filter tree into a Meilisearch filter expression; fields must
 * be filterable (or facetable) in the definition, which is what Meilisearch can filter on.
 */
export function toMeilisearchFilter(
  filters: Filters | undefined,
  fields: Map<string, PlannedField>,
  indexName: string
): string | undefined {
  const compile = (branch: Filters): string => {
    const parts: string[] = []
    for (const [key, value] of Object.entries(branch)) {
      if (key === "q" || value === undefined) {
        continue
      }
      if (key === "$and" || key === "$or") {
        const nested = (value as Filters[]).map(compile).filter(Boolean)
        if (nested.length) {
          parts.push(`(${nested.join(key === "$and" ? " AND " : " OR ")})`)
        }
        continue
      }
      if (key === "$not") {
        const nested = compile(value as Filters)
        if (nested) {
          parts.push(`NOT (${nested})`)
        }
        continue
      }
      const planned = fields.get(key)
      if (!planned) {
        return fail(
          `Unknown filter field "${key}" on search index "${indexName}"`
        )
      }
      parts.push(fieldClause(planned, value))
    }
    return parts.join(" AND ")
  }
  return filters ? compile(filters) || undefined : undefined
}
