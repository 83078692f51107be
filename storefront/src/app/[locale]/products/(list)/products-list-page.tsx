import type { Metadata, ResolvingMetadata } from "next"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { routing } from "@/i18n/routing"
import { catalogueTags } from "@/lib/data/catalogue/cache-tags"
import { listCategories } from "@/lib/data/catalogue/categories"
import {
  getInSeason,
  listInSeasonProducts,
} from "@/lib/data/catalogue/in-season"
import { listProducts } from "@/lib/data/catalogue/products"
import { productListPath } from "@/lib/util/in-season"
import {
  PRODUCT_LIST_SCOPES,
  type ProductListScope,
} from "@/lib/util/list-routes"
import { decodedSegment } from "@/lib/util/page-subject"
import { languageAlternates } from "@/lib/site"
import ProductsListTemplate from "@/modules/products/templates/products-list-template"

// The product list (`/products`) and the same list narrowed to what is in season
// (`/products/in-season`): one page in two addresses, each with `?category=` and `?page=`,
// served from the cached routes under ./%5Flist (src/lib/util/list-routes.ts).

async function productsListMetadata(
  locale: string,
  inSeason: boolean,
  parent: ResolvingMetadata
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
    openGraph: {
      title,
      description,
      url: `/${locale}${path}`,
      // The list's share card (../opengraph-image.tsx) is drawn for the route group above.
      images: (await parent).openGraph?.images,
    },
  }
}

export type ProductListParams = {
  locale: string
  scope: string
  page: string
  category?: string
}

/** What a list route's params name, or null when they name no list (an address typed by hand). */
function listOf({ locale, scope, page, category }: ProductListParams) {
  const inSeason = scope === "in-season"
  const pageNumber = Number(page)
  const categoryHandle =
    category === undefined ? undefined : decodedSegment(category)
  if (
    !hasLocale(routing.locales, locale) ||
    !PRODUCT_LIST_SCOPES.includes(scope as ProductListScope) ||
    !Number.isSafeInteger(pageNumber) ||
    pageNumber < 1 ||
    String(pageNumber) !== page ||
    categoryHandle === null
  ) {
    return null
  }
  return { locale, inSeason, page: pageNumber, categoryHandle }
}

export async function productsListPageMetadata(
  params: ProductListParams,
  parent: ResolvingMetadata
): Promise<Metadata> {
  const list = listOf(params)
  return list ? productsListMetadata(list.locale, list.inSeason, parent) : {}
}

export async function ProductsListPage({
  params,
}: {
  params: ProductListParams
}) {
  const list = listOf(params)
  if (!list) notFound()
  const { locale, inSeason, page, categoryHandle } = list
  setRequestLocale(locale)

  const listTag = inSeason
    ? catalogueTags.inSeasonList
    : categoryHandle
      ? catalogueTags.categoryList(categoryHandle)
      : catalogueTags.productList
  const [categories, inSeasonNow] = await Promise.all([
    listCategories(locale),
    getInSeason(listTag),
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
    : await listProducts({ locale, page, category: activeCategory })
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
