import type { VietnamDate } from "../types/harvest/module"

/**
 * The first day of the lunar year (mùng 1 Tết) in Vietnam. Carriers stop for about two weeks
 * around it: from the 23rd of the last lunar month (when they take their last parcels) to the
 * 6th day of the new year.
 */
export const LUNAR_NEW_YEAR: Record<number, VietnamDate> = {
  2026: "2026-02-17",
  2027: "2027-02-06",
  2028: "2028-01-26",
  2029: "2029-02-13",
  2030: "2030-02-03",
  2031: "2031-01-23",
  2032: "2032-02-11",
  2033: "2033-01-31",
  2034: "2034-02-19",
  2035: "2035-02-08",
  2036: "2036-01-28",
}

const DAYS_BEFORE_TET = 7
const DAYS_AFTER_TET = 6
const DAY_MS = 24 * 60 * 60 * 1000

const toDay = (date: VietnamDate) => Date.parse(`${date}T00:00:00Z`) / DAY_MS
const fromDay = (day: number): VietnamDate =>
  new Date(day * DAY_MS).toISOString().slice(0, 10)

/** The carriers' break of `year`'s Tết, first and last day; null outside the table. */
export function tetBreak(
  year: number
): { from: VietnamDate; to: VietnamDate } | null {
  const tet = LUNAR_NEW_YEAR[year]
  if (!tet) return null
  return {
    from: fromDay(toDay(tet) - DAYS_BEFORE_TET),
    to: fromDay(toDay(tet) + DAYS_AFTER_TET),
  }
}

/**
 * The day a parcel ready on `ready` can leave: the same day, or the first day after the Tết
 * break it falls in.
 */
export function firstShippingDay(ready: VietnamDate): VietnamDate {
  const year = Number(ready.slice(0, 4))
  // A break can start in the year before Tết's (a Tết in late January starts it in mid-January
  // at the earliest), so only the break of the date's own year can hold it.
  const stop = tetBreak(year)
  if (stop && ready >= stop.from && ready <= stop.to) {
    return fromDay(toDay(stop.to) + 1)
  }
  return ready
}
