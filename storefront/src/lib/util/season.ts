/**
 * When a product is at its best, as the storefront reads it. `allYear` products can be bought
 * any month and `bestMonths` (maybe none) is when they are finest; seasonal products are made
 * or picked in `harvestMonths`. Months run 1 (January) to 12, in calendar order.
 */
export interface HarvestSeason {
  allYear: boolean
  harvestMonths: number[]
  bestMonths: number[]
}

export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const

/** A run of consecutive months, which may wrap past December (`from` 11, `to` 3). */
export interface MonthRange {
  from: number
  to: number
}

/** The `season` messages a sentence is built from; next-intl's `t` for that namespace fits. */
export type SeasonTranslator = (
  key: "seasonal" | "allYear" | "allYearBest" | "month" | "range" | "bestRange",
  values?: Record<string, string>
) => string

export const isMonth = (value: unknown): value is number =>
  typeof value === "number" &&
  Number.isInteger(value) &&
  value >= 1 &&
  value <= 12

const next = (month: number) => (month % 12) + 1
const previous = (month: number) => ((month + 10) % 12) + 1

/**
 * The months as runs, each starting where the month before is missing. The backend sorts
 * months by calendar, so [1, 10, 11, 12] is one run from October to January.
 */
export function monthRanges(months: readonly number[]): MonthRange[] {
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

const englishMonths = new Intl.DateTimeFormat("en", {
  month: "short",
  timeZone: "UTC",
})

/**
 * A month as the sentence names it: Vietnamese counts months ("tháng 5", the word coming from
 * the messages), English uses the short name ("May").
 */
export function monthName(month: number, locale: string): string {
  return locale === "en"
    ? englishMonths.format(new Date(Date.UTC(2000, month - 1, 1)))
    : String(month)
}

function monthList(
  months: readonly number[],
  rangeKey: "range" | "bestRange",
  locale: string,
  t: SeasonTranslator
): string {
  return monthRanges(months)
    .map(({ from, to }) =>
      from === to
        ? t("month", { month: monthName(from, locale) })
        : t(rangeKey, {
            from: monthName(from, locale),
            to: monthName(to, locale),
          })
    )
    .join(", ")
}

/**
 * The season in the shopper's words: "Vào mùa: tháng 10 – tháng 1", "Quanh năm, ngon nhất
 * tháng 12 – 4", "Quanh năm". Null when there is nothing to say (a seasonal product without
 * months, which the backend refuses to store).
 */
export function formatSeason(
  season: HarvestSeason | null | undefined,
  locale: string,
  t: SeasonTranslator
): string | null {
  if (!season) return null
  if (!season.allYear) {
    if (!season.harvestMonths.some(isMonth)) return null
    return t("seasonal", {
      months: monthList(season.harvestMonths, "range", locale, t),
    })
  }
  if (!season.bestMonths.some(isMonth)) return t("allYear")
  return t("allYearBest", {
    months: monthList(season.bestMonths, "bestRange", locale, t),
  })
}
