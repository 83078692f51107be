import type { Metadata, ResolvingMetadata } from "next"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { routing } from "@/i18n/routing"
import { listProducers } from "@/lib/data/catalogue/producers"
import { languageAlternates } from "@/lib/site"
import ProducersListTemplate from "@/modules/producers/templates/producers-list-template"

// `/producers?page=`: the proxy rewrites the list's addresses here. Rendered on first request,
// then cached until the producer list's tag is revalidated.
export const revalidate = 3600

export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: string; page: string }> }

/** The page number the route names, or null for anything the proxy never writes ("01", "x"). */
function pageNumber(page: string): number | null {
  const number = Number(page)
  return Number.isSafeInteger(number) && number > 0 && String(number) === page
    ? number
    : null
}

export async function generateMetadata(
  { params }: Props,
  parent: ResolvingMetadata
): Promise<Metadata> {
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
      // The list's share card (../../opengraph-image.tsx) is drawn for the route group above.
      images: (await parent).openGraph?.images,
    },
  }
}

export default async function ProducersPage({ params }: Props) {
  const { locale, page } = await params
  const current = pageNumber(page)
  if (!hasLocale(routing.locales, locale) || current === null) notFound()
  setRequestLocale(locale)

  const producers = await listProducers({ locale, page: current })
  if (producers.page > producers.pageCount) notFound()

  return <ProducersListTemplate producers={producers} locale={locale} />
}
