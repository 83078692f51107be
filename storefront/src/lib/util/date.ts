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
