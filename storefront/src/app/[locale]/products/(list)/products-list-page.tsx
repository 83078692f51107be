import type { Metadata } from "next"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { routing } from "@/i18n/routing"
import { listCategories } from "@/lib/data/catalogue/categories"
import {
  getInSeason,
  listInSeasonProducts,
} from "@/lib/data/catalogue/in-season"
import { listProducts } from "@/lib/data/catalogue/products"
import { productListPath } from "@/lib/util/in-season"
import { languageAlternates } from "@/lib/site"
import ProductsListTemplate from "@/modules/products/templates/products-list-template"

// The product list (`/products`) and the same list narrowed to what is in season
// (`/products/in-season`): one page in two addresses, each with `?category=` and `?page=`.

type Query = Record<string, string | string[] | undefined>

const first = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value[0] : value

export async function productsListMetadata(
  locale: string,
  inSeason: boolean
): Promise<Metadata> {
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: "metadata" })
  const ts = await getTranslations({ locale, namespace: "inSeason" })
  const title = inSeason ? ts("metadataTitle") : t("productsTitle")
  const description = inSeason
    ? ts("metadataDescription")
    : t("productsDescription")
  const path = productListPath(inSeason)
  return {
    title,
    description,
    alternates: {
      canonical: `/${locale}${path}`,
      ...languageAlternates(path),
    },
    openGraph: { title, description, url: `/${locale}${path}` },
  }
}

export async function ProductsListPage({
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

  const parsedPage = Number.parseInt(first(query.page) ?? "1", 10)
  const page = Number.isFinite(parsedPage) && parsedPage > 0 ? parsedPage : 1
  const categoryHandle = first(query.category)

  const [categories, inSeasonNow] = await Promise.all([
    listCategories(locale),
    getInSeason(),
  ])
  const activeCategory = categoryHandle
    ? (categories.find((c) => c.handle === categoryHandle) ?? null)
    : null
  if (categoryHandle && !activeCategory) notFound()

  const products = inSeason
    ? await listInSeasonProducts({
        locale,
        productIds: inSeasonNow.productIds,
        page,
        categoryId: activeCategory?.id,
      })
    : await listProducts({ locale, page, categoryId: activeCategory?.id })
  if (products.page > products.pageCount) notFound()

  return (
    <ProductsListTemplate
      products={products}
      categories={categories}
      activeCategory={activeCategory}
      inSeason={inSeason}
      inSeasonNow={inSeasonNow}
      locale={locale}
    />
  )
}
