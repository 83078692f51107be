import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import type { Category, Paginated, Product } from "@/lib/data/catalogue/types"
import Pagination from "@/modules/common/components/pagination"
import FilterChips from "@/modules/common/components/filter-chips"
import FilterSheet from "@/modules/common/components/filter-sheet"
import ShareVisit from "@/modules/share/components/share-visit"
import ProductGrid from "../components/product-grid"

export default async function ProductsListTemplate({
  products,
  categories,
  activeCategory,
  locale,
}: {
  products: Paginated<Product>
  categories: Category[]
  activeCategory: Category | null
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "products" })
  const tf = await getTranslations({ locale, namespace: "common.filters" })
  const chip = (active: boolean) =>
    `flex min-h-11 items-center rounded-full border px-4 text-sm font-medium lg:min-h-9 ${
      active
        ? "border-leaf-600 bg-leaf-600 text-white"
        : "border-leaf-200 bg-white text-leaf-800 hover:bg-leaf-50"
    }`
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <ShareVisit page="list" />
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold text-leaf-900 sm:text-3xl">
          {activeCategory?.name ?? t("title")}
        </h1>
        <p className="text-sm text-stone-500">
          {t("count", { count: products.count })}
        </p>
      </div>

      {categories.length > 0 && (
        <div className="mt-4">
          <FilterSheet
            labels={{
              open: tf("open"),
              title: t("categories"),
              close: tf("close"),
              done: tf("done"),
            }}
            activeCount={activeCategory ? 1 : 0}
            chips={
              <FilterChips
                filters={
                  activeCategory
                    ? [
                        {
                          name: "category",
                          label: activeCategory.name,
                          href: { pathname: "/products", query: {} },
                        },
                      ]
                    : []
                }
                removeLabel={(label) => tf("remove", { label })}
              />
            }
          >
            <nav aria-label={t("categories")}>
              <ul className="flex flex-wrap gap-2">
                <li>
                  <Link
                    href="/products"
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
                        pathname: "/products",
                        query: { category: category.handle },
                      }}
                      data-testid="category-filter"
                      data-handle={category.handle}
                      aria-current={
                        activeCategory?.id === category.id ? "page" : undefined
                      }
                      className={chip(activeCategory?.id === category.id)}
                    >
                      {category.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          </FilterSheet>
        </div>
      )}

      <div className="mt-6">
        {products.items.length ? (
          <ProductGrid
            products={products.items}
            locale={locale}
            priorityCount={4}
          />
        ) : (
          <p className="text-stone-600">{t("empty")}</p>
        )}
      </div>

      <Pagination
        locale={locale}
        page={products.page}
        pageCount={products.pageCount}
        pathname="/products"
        query={activeCategory ? { category: activeCategory.handle } : {}}
      />
    </div>
  )
}
