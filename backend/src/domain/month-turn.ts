import { vietnamMonth } from "./harvest-season"

const HOUR_MS = 60 * 60 * 1000

/**
 * Whether a month began in Vietnam within the hour before `now`: the hourly job that
 * refreshes what is in season acts once per month, at the run just after midnight in Đà Lạt
 * (17:00 UTC on the last day of the month before).
 */
export function monthTurned(now: Date): boolean {
  return vietnamMonth(now) !== vietnamMonth(new Date(now.getTime() - HOUR_MS))
}
