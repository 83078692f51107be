import type { Metadata } from "next"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { routing } from "@/i18n/routing"
import { listCategories } from "@/lib/data/catalogue/categories"
import { listProducers } from "@/lib/data/catalogue/producers"
import { searchProducts } from "@/lib/data/search/queries"
import { parseSearchParams } from "@/lib/data/search/params"
import SearchTemplate from "@/modules/search/templates/search-template"

// Every query is its own page: rendered per request from the search engine's answer.
export const dynamic = "force-dynamic"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: "search" })
  // Result pages are endless variations of the catalogue: keep them out of search engines.
  return { title: t("title"), robots: { index: false, follow: true } }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)

  const state = parseSearchParams(await searchParams)
  const [results, categories, producers] = await Promise.all([
    searchProducts(locale, state),
    listCategories(locale),
    listProducers({ locale, pageSize: 100 }),
  ])

  return (
    <SearchTemplate
      locale={locale}
      state={state}
      results={results}
      categoryNames={Object.fromEntries(
        categories.map((c) => [c.handle, c.name])
      )}
      producerNames={Object.fromEntries(
        producers.items.map((p) => [p.handle, p.name])
      )}
    />
  )
}
