import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import type { SearchResults } from "@/lib/data/search/types"
import FilterChips, {
  type ActiveFilter,
} from "@/modules/common/components/filter-chips"
import FilterSheet from "@/modules/common/components/filter-sheet"
import SearchFacets from "../components/search-facets"
import SearchHit from "../components/search-hit"
import SearchPagination from "../components/search-pagination"
import { searchQuery, type SearchParams } from "@/lib/data/search/params"
import { searchPath } from "@/lib/util/in-season"

export default async function SearchTemplate({
  locale,
  state,
  inSeason,
  inSeasonIds,
  results,
  categoryNames,
  producerNames,
}: {
  locale: Locale
  state: SearchParams
  /** The search is narrowed to what is in season (`/search/in-season`). */
  inSeason: boolean
  /** What the backend listed as in season this month: those hits wear the badge. */
  inSeasonIds: readonly string[]
  results: SearchResults
  categoryNames: Record<string, string>
  producerNames: Record<string, string>
}) {
  const t = await getTranslations({ locale, namespace: "search" })
  const tf = await getTranslations({ locale, namespace: "common.filters" })
  const ts = await getTranslations({ locale, namespace: "inSeason" })
  const pathname = searchPath(inSeason)
  const suggestions = t.raw("suggestions") as string[]
  // Each filter in force, as a chip leading to the same search without it.
  const chip = (
    name: string,
    label: string,
    without: Parameters<typeof searchQuery>[1]
  ): ActiveFilter[] => [
    {
      name,
      label,
      href: { pathname, query: searchQuery(state, without) },
    },
  ]
  const activeFilters: ActiveFilter[] = [
    ...(inSeason
      ? [
          {
            name: "in-season",
            label: ts("filter"),
            href: { pathname: searchPath(false), query: searchQuery(state) },
          },
        ]
      : []),
    ...(state.category
      ? chip("category", categoryNames[state.category] ?? state.category, {
          category: null,
        })
      : []),
    ...(state.producer
      ? chip("producer", producerNames[state.producer] ?? state.producer, {
          producer: null,
        })
      : []),
    ...(state.stars
      ? chip("stars", t("facets.starsAtLeast", { stars: state.stars }), {
          stars: null,
        })
      : []),
    ...(state.price
      ? chip("price", t(`priceBands.${state.price}`), { price: null })
      : []),
  ]
  const filtered = activeFilters.length > 0

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <form
        action={`/${locale}${pathname}`}
        method="get"
        role="search"
        className="flex gap-2"
      >
        <label htmlFor="search-page-q" className="sr-only">
          {t("label")}
        </label>
        <input
          id="search-page-q"
          name="q"
          type="search"
          defaultValue={state.q}
          placeholder={t("placeholder")}
          data-testid="search-page-input"
          className="min-w-0 flex-1 rounded-full border border-leaf-200 bg-white px-4 py-2 text-base"
        />
        <button
          type="submit"
          className="rounded-full bg-leaf-600 px-5 py-2 font-semibold text-white hover:bg-leaf-700"
        >
          {t("submit")}
        </button>
      </form>

      <div className="mt-6 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold text-leaf-900">
          {state.q ? t("resultsFor", { q: state.q }) : t("allProducts")}
        </h1>
        {!results.unavailable && (
          <p data-testid="search-count" className="text-sm text-stone-600">
            {t("count", { count: results.count })}
          </p>
        )}
      </div>

      {results.unavailable ? (
        <div
          role="status"
          data-testid="search-unavailable"
          className="mt-6 rounded-2xl border border-earth-200 bg-earth-50 p-6 text-stone-700"
        >
          <p>{t("unavailable")}</p>
          <Link
            href="/products"
            className="mt-3 inline-block font-semibold text-leaf-700 underline"
          >
            {t("browse")}
          </Link>
        </div>
      ) : (
        <div className="mt-4 grid gap-4 lg:mt-6 lg:grid-cols-[220px_1fr] lg:gap-8">
          <aside aria-label={t("facets.label")} className="min-w-0">
            <FilterSheet
              labels={{
                open: tf("open"),
                title: t("facets.label"),
                close: tf("close"),
                done: tf("done"),
              }}
              activeCount={activeFilters.length}
              chips={
                <FilterChips
                  filters={activeFilters}
                  removeLabel={(label) => tf("remove", { label })}
                />
              }
            >
              <SearchFacets
                locale={locale}
                state={state}
                inSeason={inSeason}
                facets={results.facets}
                categoryNames={categoryNames}
                producerNames={producerNames}
              />
            </FilterSheet>
          </aside>
          <section aria-live="polite" className="min-w-0">
            {results.hits.length ? (
              <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3">
                {results.hits.map((hit) => (
                  <li key={hit.id}>
                    <SearchHit
                      hit={hit}
                      query={state.q}
                      locale={locale}
                      inSeason={inSeasonIds.includes(hit.id)}
                    />
                  </li>
                ))}
              </ul>
            ) : (
              <div
                data-testid="search-empty"
                className="rounded-2xl border border-earth-200 bg-white p-6"
              >
                <p className="font-semibold text-stone-800">
                  {state.q ? t("empty", { q: state.q }) : t("emptyFiltered")}
                </p>
                <p className="mt-2 text-sm text-stone-600">{t("emptyHint")}</p>
                <ul className="mt-3 flex flex-wrap gap-2">
                  {filtered && (
                    <li>
                      <Link
                        href={{
                          pathname: "/search",
                          query: searchQuery(state, {
                            category: null,
                            producer: null,
                            stars: null,
                            price: null,
                          }),
                        }}
                        className="inline-block rounded-full bg-leaf-600 px-3 py-1 text-sm text-white"
                      >
                        {t("clear")}
                      </Link>
                    </li>
                  )}
                  {suggestions.map((suggestion) => (
                    <li key={suggestion}>
                      <Link
                        href={{ pathname: "/search", query: { q: suggestion } }}
                        data-testid="search-suggestion"
                        className="inline-block rounded-full border border-leaf-200 px-3 py-1 text-sm text-leaf-800 hover:bg-leaf-50"
                      >
                        {suggestion}
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <SearchPagination
              locale={locale}
              state={state}
              inSeason={inSeason}
              pageCount={results.pageCount}
            />
          </section>
        </div>
      )}
    </div>
  )
}
