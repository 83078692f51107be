import type { Metadata } from "next"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { routing } from "@/i18n/routing"
import { listCategories } from "@/lib/data/catalogue/categories"
import { getInSeason } from "@/lib/data/catalogue/in-season"
import { listProducers } from "@/lib/data/catalogue/producers"
import { searchProducts } from "@/lib/data/search/queries"
import { parseSearchParams } from "@/lib/data/search/params"
import SearchTemplate from "@/modules/search/templates/search-template"

// The search page (`/search?q=…`) and the same search narrowed to what is in season
// (`/search/in-season?q=…`). The in-season filter is a path segment like the product list's;
// the query, the other facets and the page stay in the query string, since the search form
// submits its words as `?q=` to whichever address it stands on.

type Query = Record<string, string | string[] | undefined>

export async function searchMetadata(locale: string): Promise<Metadata> {
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: "search" })
  // Result pages are endless variations of the catalogue: keep them out of search engines.
  return { title: t("title"), robots: { index: false, follow: true } }
}

export async function SearchResultsPage({
  locale,
  query,
  inSeason,
}: {
  locale: string
  query: Query
  inSeason: boolean
}) {
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)

  const state = parseSearchParams(query)
  const inSeasonNow = await getInSeason()
  const [results, categories, producers] = await Promise.all([
    searchProducts(
      locale,
      state,
      inSeason ? inSeasonNow.productIds : undefined
    ),
    listCategories(locale),
    listProducers({ locale, pageSize: 100 }),
  ])

  return (
    <SearchTemplate
      locale={locale}
      state={state}
      inSeason={inSeason}
      inSeasonIds={inSeasonNow.productIds}
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
