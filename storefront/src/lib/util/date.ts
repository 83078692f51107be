const formatters = new Map<string, Intl.DateTimeFormat>()

/** Calendar date as shoppers in Việt Nam read it (dd/mm/yyyy in both locales' own style). */
export function formatDate(iso: string | null | undefined, locale: string) {
  if (!iso) return null
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return null
  const tag = locale === "en" ? "en-GB" : "vi-VN"
  let formatter = formatters.get(tag)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(tag, {
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
      timeZone: "Asia/Ho_Chi_Minh",
    })
    formatters.set(tag, formatter)
  }
  return formatter.format(date)
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>()

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** A calendar day as the backend sends one: "YYYY-MM-DD". */
export const isCalendarDay = (value: unknown): value is string =>
  typeof value === "string" && CALENDAR_DAY.test(value)

/**
 * A calendar day the backend sends as "YYYY-MM-DD" (a harvest, a ship date) in the page's
 * language: "10/05/2027" in Vietnamese, "10 May 2027" in English. The day is read in Việt Nam
 * time, so no browser or server clock elsewhere moves it to the day before.
 */
export function formatCalendarDay(
  day: string | null | undefined,
  locale: string
): string | null {
  const match = CALENDAR_DAY.exec(day ?? "")
  if (!match) return null
  const [, year, month, date] = match.map(Number)
  // Noon UTC is the same calendar day in Việt Nam (UTC+7).
  const instant = new Date(Date.UTC(year, month - 1, date, 12))
  if (instant.getUTCMonth() !== month - 1 || instant.getUTCDate() !== date) {
    return null
  }
  const tag = locale === "en" ? "en-GB" : "vi-VN"
  let formatter = dayFormatters.get(tag)
  if (!formatter) {
    const english = locale === "en"
    formatter = new Intl.DateTimeFormat(tag, {
      day: english ? "numeric" : "2-digit",
      month: english ? "long" : "2-digit",
      year: "numeric",
      timeZone: "Asia/Ho_Chi_Minh",
    })
    dayFormatters.set(tag, formatter)
  }
  return formatter.format(instant)
}

const vietnamDay = new Intl.DateTimeFormat("en", {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  timeZone: "Asia/Ho_Chi_Minh",
})

/** Today in Việt Nam as "YYYY-MM-DD", comparable with the backend's calendar days as text. */
export function vietnamToday(now: Date = new Date()): string {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    vietnamDay.formatToParts(now).find((entry) => entry.type === type)?.value
  return `${part("year")}-${part("month")}-${part("day")}`
}
