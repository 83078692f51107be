import type { MessageLocale } from "../kinds"

const VND = new Intl.NumberFormat("vi-VN", {
  style: "currency",
  currency: "VND",
})

/** "120.000 ₫" in both languages, as on the storefront: shoppers read prices in đồng. */
export function formatVnd(amount: number): string {
  return VND.format(amount)
}

// dd/mm/yyyy with the time in both languages, as on the storefront and the portal.
const DATE_TIME_OPTIONS: Intl.DateTimeFormatOptions = {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Asia/Ho_Chi_Minh",
}

const DATE_TIMES: Record<MessageLocale, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat("vi-VN", DATE_TIME_OPTIONS),
  en: new Intl.DateTimeFormat("en-GB", DATE_TIME_OPTIONS),
}

const DATES: Record<MessageLocale, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat("vi-VN", {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    timeZone: "UTC",
  }),
  en: new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }),
}

/** A calendar date ("2027-05-10") as people write it: 10/05/2027, 10 May 2027. */
export function formatDate(date: string, locale: MessageLocale): string {
  return DATES[locale].format(new Date(`${date}T00:00:00Z`))
}

/** A moment as a clock in Việt Nam shows it, whatever the server's time zone. */
export function formatDateTime(iso: string, locale: MessageLocale): string {
  return DATE_TIMES[locale].format(new Date(iso))
}
