import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import type { Category, Paginated, Product } from "@/lib/data/catalogue/types"
import {
  monthInWords,
  productListPath,
  type InSeason,
} from "@/lib/util/in-season"
import Pagination from "@/modules/common/components/pagination"
import FilterChips, {
  type ActiveFilter,
} from "@/modules/common/components/filter-chips"
import FilterSheet from "@/modules/common/components/filter-sheet"
import ShareVisit from "@/modules/share/components/share-visit"
import ProductGrid from "../components/product-grid"

export default async function ProductsListTemplate({
  products,
  categories,
  activeCategory,
  inSeason,
  inSeasonNow,
  locale,
}: {
  products: Paginated<Product>
  categories: Category[]
  activeCategory: Category | null
  /** The list is narrowed to what is in season (`/products/in-season`). */
  inSeason: boolean
  /** What the backend listed as in season this month: the filter's month and the badges. */
  inSeasonNow: InSeason
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "products" })
  const tf = await getTranslations({ locale, namespace: "common.filters" })
  const ts = await getTranslations({ locale, namespace: "inSeason" })
  const pathname = productListPath(inSeason)
  const categoryQuery: Record<string, string> = activeCategory
    ? { category: activeCategory.handle }
    : {}
  const chip = (active: boolean) =>
    `flex min-h-11 items-center rounded-full border px-4 text-sm font-medium lg:min-h-9 ${
      active
        ? "border-leaf-600 bg-leaf-600 text-white"
        : "border-leaf-200 bg-white text-leaf-800 hover:bg-leaf-50"
    }`
  // Each filter in force, as a chip leading to the same list without it.
  const activeFilters: ActiveFilter[] = [
    ...(inSeason
      ? [
          {
            name: "in-season",
            label: ts("filter"),
            href: { pathname: productListPath(false), query: categoryQuery },
          },
        ]
      : []),
    ...(activeCategory
      ? [
          {
            name: "category",
            label: activeCategory.name,
            href: { pathname, query: {} },
          },
        ]
      : []),
  ]
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <ShareVisit page="list" />
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold text-leaf-900 sm:text-3xl">
          {activeCategory?.name ?? (inSeason ? ts("title") : t("title"))}
        </h1>
        <p className="text-sm text-stone-600">
          {t("count", { count: products.count })}
        </p>
      </div>
      {inSeason && (
        <p data-testid="in-season-intro" className="mt-1 text-stone-600">
          {ts("intro", { month: monthInWords(inSeasonNow.month, locale) })}
        </p>
      )}

      <div className="mt-4">
        <FilterSheet
          labels={{
            open: tf("open"),
            title: ts("filters"),
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
          <div className="flex flex-col gap-3 lg:flex-row lg:flex-wrap lg:items-start">
            <Link
              href={{
                pathname: productListPath(!inSeason),
                query: categoryQuery,
              }}
              data-testid="in-season-filter"
              aria-current={inSeason ? "true" : undefined}
              className={`w-fit ${chip(inSeason)}`}
            >
              {ts("filter")}
            </Link>
            {categories.length > 0 && (
              <nav aria-label={t("categories")}>
                <ul className="flex flex-wrap gap-2">
                  <li>
                    <Link
                      href={pathname}
                      data-testid="category-filter"
                      data-handle=""
                      aria-current={activeCategory ? undefined : "page"}
                      className={chip(!activeCategory)}
                    >
                      {t("allCategories")}
                    </Link>
                  </li>
                  {categories.map((category) => (
                    <li key={category.id}>
                      <Link
                        href={{
                          pathname,
                          query: { category: category.handle },
                        }}
                        data-testid="category-filter"
                        data-handle={category.handle}
                        aria-current={
                          activeCategory?.id === category.id
                            ? "page"
                            : undefined
                        }
                        className={chip(activeCategory?.id === category.id)}
                      >
                        {category.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
          </div>
        </FilterSheet>
      </div>

      <div className="mt-6">
        {products.items.length ? (
          <ProductGrid
            products={products.items}
            locale={locale}
            // A phone's first row: each preloaded photo repeats its srcset in the page's head.
            priorityCount={2}
            inSeasonIds={inSeasonNow.productIds}
          />
        ) : (
          <p className="text-stone-600">
            {inSeason ? ts("empty") : t("empty")}
          </p>
        )}
      </div>

      <Pagination
        locale={locale}
        page={products.page}
        pageCount={products.pageCount}
        pathname={pathname}
        query={categoryQuery}
      />
    </div>
  )
}
