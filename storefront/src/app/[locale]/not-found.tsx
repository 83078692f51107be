import { getLocale } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import NotFoundView from "@/modules/common/components/not-found-view"

export default async function LocaleNotFound() {
  const locale = (await getLocale()) as Locale
  return <NotFoundView locale={locale} />
}
