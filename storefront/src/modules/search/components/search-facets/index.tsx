import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import type { SearchResults } from "@/lib/data/search/types"
import {
  PRICE_BANDS,
  searchQuery,
  type SearchParams,
} from "@/lib/data/search/params"
import { searchPath } from "@/lib/util/in-season"

type Option = {
  key: string
  label: string
  count?: number
  active: boolean
  pathname: ReturnType<typeof searchPath>
  query: Record<string, string>
}

function FacetGroup({
  title,
  testId,
  options,
}: {
  title: string
  testId: string
  options: Option[]
}) {
  return (
    <fieldset data-testid={testId} className="min-w-0">
      <legend className="mb-2 text-sm font-semibold text-leaf-900">
        {title}
      </legend>
      <ul className="flex flex-wrap gap-2 lg:flex-col lg:items-start">
        {options.map((option) => (
          <li key={option.key}>
            <Link
              href={{ pathname: option.pathname, query: option.query }}
              data-value={option.key}
              aria-current={option.active ? "true" : undefined}
              className={`inline-flex min-h-11 items-center gap-1 rounded-full border px-3 text-sm lg:min-h-0 lg:py-1 ${
                option.active
                  ? "border-leaf-600 bg-leaf-600 text-white"
                  : "border-leaf-200 bg-white text-leaf-800 hover:bg-leaf-50"
              }`}
            >
              {option.label}
              {option.count !== undefined && (
                <span
                  className={option.active ? "text-leaf-100" : "text-stone-600"}
                >
                  ({option.count})
                </span>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}

/** Season, category, producer, OCOP stars and price: links that change the URL's state. */
export default async function SearchFacets({
  locale,
  state,
  inSeason,
  facets,
  categoryNames,
  producerNames,
}: {
  locale: Locale
  state: SearchParams
  inSeason: boolean
  facets: SearchResults["facets"]
  categoryNames: Record<string, string>
  producerNames: Record<string, string>
}) {
  const t = await getTranslations({ locale, namespace: "search" })
  const ts = await getTranslations({ locale, namespace: "inSeason" })
  // Every other facet keeps the season filter as it is: it lives in the path.
  const pathname = searchPath(inSeason)
  const anyOption = (
    active: boolean,
    query: Record<string, string>
  ): Option => ({
    key: "",
    label: t("facets.any"),
    active,
    pathname,
    query,
  })
  const starCounts = new Map(
    facets.stars.map((f) => [Number(f.value), f.count])
  )
  // "At least N stars" counts every product with N stars or more.
  const atLeast = (stars: number) =>
    [...starCounts]
      .filter(([value]) => value >= stars)
      .reduce((sum, [, count]) => sum + count, 0)

  return (
    <div className="flex flex-col gap-5">
      <FacetGroup
        title={ts("filterGroup")}
        testId="search-facet-season"
        options={[
          {
            ...anyOption(!inSeason, searchQuery(state)),
            pathname: searchPath(false),
          },
          {
            key: "in-season",
            label: ts("filter"),
            active: inSeason,
            pathname: searchPath(true),
            query: searchQuery(state),
          },
        ]}
      />
      <FacetGroup
        title={t("facets.category")}
        testId="search-facet-category"
        options={[
          anyOption(!state.category, searchQuery(state, { category: null })),
          ...facets.categories.map((facet) => ({
            key: facet.value,
            label: categoryNames[facet.value] ?? facet.value,
            count: facet.count,
            active: state.category === facet.value,
            pathname,
            query: searchQuery(state, { category: facet.value }),
          })),
        ]}
      />
      <FacetGroup
        title={t("facets.producer")}
        testId="search-facet-producer"
        options={[
          anyOption(!state.producer, searchQuery(state, { producer: null })),
          ...facets.producers.map((facet) => ({
            key: facet.value,
            label: producerNames[facet.value] ?? facet.value,
            count: facet.count,
            active: state.producer === facet.value,
            pathname,
            query: searchQuery(state, { producer: facet.value }),
          })),
        ]}
      />
      <FacetGroup
        title={t("facets.stars")}
        testId="search-facet-stars"
        options={[
          anyOption(!state.stars, searchQuery(state, { stars: null })),
          ...[5, 4, 3]
            .filter((stars) => atLeast(stars) > 0 || state.stars === stars)
            .map((stars) => ({
              key: String(stars),
              label: t("facets.starsAtLeast", { stars }),
              count: atLeast(stars),
              active: state.stars === stars,
              pathname,
              query: searchQuery(state, { stars }),
            })),
        ]}
      />
      <FacetGroup
        title={t("facets.price")}
        testId="search-facet-price"
        options={[
          anyOption(!state.price, searchQuery(state, { price: null })),
          ...PRICE_BANDS.map((band) => ({
            key: band.key,
            label: t(`priceBands.${band.key}`),
            active: state.price === band.key,
            pathname,
            query: searchQuery(state, { price: band.key }),
          })),
        ]}
      />
    </div>
  )
}
