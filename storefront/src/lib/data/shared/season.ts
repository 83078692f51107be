// A product's season as every wing reads and sends it. The catalogue, portal and onboarding
// payloads all carry the backend's one shape (`harvest_season` or `season`), so each wing's
// reshape.ts calls this one reader.
import { isMonth, type HarvestSeason } from "@/lib/util/season"

type Maybe<T> = T | null | undefined

export interface RawSeason {
  all_year?: Maybe<boolean>
  harvest_months?: Maybe<unknown[]>
  best_months?: Maybe<unknown[]>
}

/** The fields a season refusal names; the month chips show either. */
export const SEASON_FIELDS = ["harvest_months", "best_months"]

const calendarMonths = (months: Maybe<unknown[]>): number[] =>
  [...new Set((months ?? []).map(Number).filter(isMonth))].sort((a, b) => a - b)

export function reshapeSeason(raw: Maybe<RawSeason>): HarvestSeason | null {
  if (!raw || typeof raw.all_year !== "boolean") return null
  return {
    allYear: raw.all_year,
    harvestMonths: calendarMonths(raw.harvest_months),
    bestMonths: calendarMonths(raw.best_months),
  }
}

/**
 * The body of a season route from the picker's form: the chosen months are the best months of
 * an all-year product and the harvest months of a seasonal one. The backend judges the rest.
 */
export function seasonBody(formData: FormData) {
  const allYear = formData.get("all_year") !== "false"
  const months = calendarMonths(formData.getAll("month"))
  return {
    all_year: allYear,
    harvest_months: allYear ? [] : months,
    best_months: allYear ? months : [],
  }
}
