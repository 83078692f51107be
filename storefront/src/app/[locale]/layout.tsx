import type { Metadata, Viewport } from "next"
import { hasLocale } from "next-intl"
import {
  getMessages,
  getTranslations,
  setRequestLocale,
} from "next-intl/server"
import { notFound } from "next/navigation"
import type { ReactNode } from "react"
import { routing } from "@/i18n/routing"
import { siteUrl } from "@/lib/site"
import SiteDocument from "@/modules/layout/templates/site-document"

// Nothing is pre-rendered at build time (no backend then): every page is
// rendered on its first request and cached until a tag is revalidated.
export function generateStaticParams() {
  return []
}

export const viewport: Viewport = {
  themeColor: "#265d39",
  width: "device-width",
  initialScale: 1,
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>
}): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: "common" })
  return {
    metadataBase: siteUrl(),
    title: { default: t("brand"), template: `%s · ${t("brand")}` },
    description: t("tagline"),
    applicationName: t("brand"),
    openGraph: {
      siteName: t("brand"),
      locale: locale === "vi" ? "vi_VN" : "en_US",
      type: "website",
    },
  }
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)

  // Client components only need the product form, cart and error page strings.
  const { product, cart, errors } = await getMessages({ locale })
  return (
    <SiteDocument
      locale={locale}
      intl={{ messages: { product, cart, errors } }}
    >
      {children}
    </SiteDocument>
  )
}
