/**
 * When a product is at its best. `all_year` products can be bought any month; `best_months`
 * (maybe none) is when they are finest. Seasonal products are made or picked in
 * `harvest_months`. Months are 1 (January) to 12, Vietnam time.
 */
export type HarvestSeasonInput = {
  all_year: boolean
  harvest_months: number[]
  best_months: number[]
}

export type HarvestSeasonDTO = HarvestSeasonInput & { id: string }

/** A run of consecutive months, which may wrap past December (`from` 11, `to` 3). */
export type MonthRange = { from: number; to: number }
