import type { FieldError } from "./cart-rules"
import type { HarvestSeasonInput, MonthRange } from "../types/harvest/module"

// Vietnam keeps UTC+7 all year: a month turns at 17:00 UTC on its last day.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000

const isMonth = (value: number) =>
  Number.isInteger(value) && value >= 1 && value <= 12
const next = (month: number) => (month % 12) + 1
const previous = (month: number) => ((month + 10) % 12) + 1

/** What is wrong with a season a producer or volunteer sent, field by field. */
export function seasonProblems(season: HarvestSeasonInput): FieldError[] {
  const problems: FieldError[] = []
  for (const field of ["harvest_months", "best_months"] as const) {
    const months = season[field]
    if (!months.every(isMonth)) {
      problems.push({
        field,
        message: `${field} holds months from 1 (January) to 12 (December)`,
      })
    } else if (new Set(months).size !== months.length) {
      problems.push({ field, message: `${field} names a month twice` })
    }
  }
  if (season.all_year && season.harvest_months.length > 0) {
    problems.push({
      field: "harvest_months",
      message:
        "an all-year product has no harvest months: send its best months as best_months",
    })
  }
  if (!season.all_year && season.harvest_months.length === 0) {
    problems.push({
      field: "harvest_months",
      message:
        "name the months a seasonal product is made or harvested, e.g. [10, 11, 12, 1]",
    })
  }
  if (!season.all_year && season.best_months.length > 0) {
    problems.push({
      field: "best_months",
      message:
        "best_months is for all-year products: a seasonal product is at its best in its harvest months",
    })
  }
  return problems
}

/** The months as runs, each starting where the month before is missing ([11, 12, 1] → Nov–Jan). */
export function monthRanges(months: number[]): MonthRange[] {
  const present = new Set(months.filter(isMonth))
  if (present.size === 12) return [{ from: 1, to: 12 }]
  const starts = [...present]
    .filter((month) => !present.has(previous(month)))
    .sort((a, b) => a - b)
  return starts.map((from) => {
    let to = from
    while (present.has(next(to))) to = next(to)
    return { from, to }
  })
}

/** The date it is in Vietnam at `moment`. */
export function vietnamDate(moment: Date): string {
  return new Date(moment.getTime() + VIETNAM_OFFSET_MS)
    .toISOString()
    .slice(0, 10)
}

/** The month (1–12) it is in Vietnam at `moment`. */
export function vietnamMonth(moment: Date): number {
  return new Date(moment.getTime() + VIETNAM_OFFSET_MS).getUTCMonth() + 1
}

/**
 * Whether a product is in season now: a seasonal product in its harvest months, an all-year
 * product in its best months. An all-year product with no best months is never singled out.
 */
export function isInSeason(
  season: Pick<
    HarvestSeasonInput,
    "all_year" | "harvest_months" | "best_months"
  >,
  moment: Date
): boolean {
  const months = season.all_year ? season.best_months : season.harvest_months
  return months.includes(vietnamMonth(moment))
}
