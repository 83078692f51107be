import { getTranslations } from "next-intl/server"
import { routing, timeZone } from "@/i18n/routing"
import NotFoundView from "@/modules/common/components/not-found-view"
import SiteDocument from "@/modules/layout/templates/site-document"
import "./globals.css"

// The whole-page 404: addresses outside any route, and missing products, producers, categories
// and orders, which src/proxy.ts sends here before their page starts streaming. It is rendered
// once for every visitor, so it cannot tell the address's language: the shop's default language
// frames it, with a line in the other.
export default async function GlobalNotFound() {
  const locale = routing.defaultLocale
  const alternate = routing.locales.find((other) => other !== locale)
  const t = await getTranslations({ locale, namespace: "notFound" })
  return (
    // No request to read the time zone and clock from: given here, the page is rendered once.
    <SiteDocument
      locale={locale}
      intl={{ messages: {}, formats: null, timeZone, now: new Date() }}
    >
      <title>{t("title")}</title>
      <NotFoundView locale={locale} alternate={alternate} />
    </SiteDocument>
  )
}
