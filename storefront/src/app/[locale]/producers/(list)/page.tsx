import type { Metadata } from "next"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { routing } from "@/i18n/routing"
import { listProducers } from "@/lib/data/catalogue/producers"
import { languageAlternates } from "@/lib/site"
import ProducersListTemplate from "@/modules/producers/templates/producers-list-template"

// Filters and pages come from the query string, so the page renders per request;
// its reads still come from the tagged data cache, not from the backend.
export const dynamic = "force-dynamic"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: "metadata" })
  return {
    title: t("producersTitle"),
    description: t("producersDescription"),
    alternates: {
      canonical: `/${locale}/producers`,
      ...languageAlternates("/producers"),
    },
    openGraph: {
      title: t("producersTitle"),
      description: t("producersDescription"),
      url: `/${locale}/producers`,
    },
  }
}

export default async function ProducersPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)

  const { page: rawPage } = await searchParams
  const page = Number.parseInt(
    (Array.isArray(rawPage) ? rawPage[0] : rawPage) ?? "1",
    10
  )
  const producers = await listProducers({
    locale,
    page: Number.isFinite(page) && page > 0 ? page : 1,
  })
  if (producers.page > producers.pageCount) notFound()

  return <ProducersListTemplate producers={producers} locale={locale} />
}
