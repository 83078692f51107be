import type {
  HarvestSeasonDTO,
  HarvestSeasonInput,
} from "../../types/harvest/module"

// The DML types every json column as an object; the season keeps month lists in them. These
// two functions are the one place that crosses between the stored and the typed shape.
type StoredMonths = Record<string, unknown>
type StoredSeason = {
  id: string
  all_year: boolean
  harvest_months: StoredMonths
  best_months: StoredMonths
}

const monthsOf = (stored: unknown): number[] =>
  Array.isArray(stored) ? stored.filter(Number.isInteger) : []

export function toSeasonRecord<T extends Partial<HarvestSeasonInput>>(
  season: T
): Omit<T, "harvest_months" | "best_months"> & {
  harvest_months?: StoredMonths
  best_months?: StoredMonths
} {
  const { harvest_months, best_months, ...rest } = season
  return {
    ...rest,
    ...(harvest_months
      ? { harvest_months: harvest_months as unknown as StoredMonths }
      : {}),
    ...(best_months
      ? { best_months: best_months as unknown as StoredMonths }
      : {}),
  }
}

export function fromSeasonRecord(row: StoredSeason): HarvestSeasonDTO {
  return {
    id: row.id,
    all_year: row.all_year,
    harvest_months: monthsOf(row.harvest_months),
    best_months: monthsOf(row.best_months),
  }
}
