import type { Metadata } from "next"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { routing } from "@/i18n/routing"
import { listCategories } from "@/lib/data/catalogue/categories"
import { listProducts } from "@/lib/data/catalogue/products"
import { languageAlternates } from "@/lib/site"
import ProductsListTemplate from "@/modules/products/templates/products-list-template"

// Filters and pages come from the query string, so the page renders per request;
// its reads still come from the tagged data cache, not from the backend.
export const dynamic = "force-dynamic"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const first = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value[0] : value

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: "metadata" })
  return {
    title: t("productsTitle"),
    description: t("productsDescription"),
    alternates: {
      canonical: `/${locale}/products`,
      ...languageAlternates("/products"),
    },
    openGraph: {
      title: t("productsTitle"),
      description: t("productsDescription"),
      url: `/${locale}/products`,
    },
  }
}

export default async function ProductsPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)

  const query = await searchParams
  const page = Number.parseInt(first(query.page) ?? "1", 10)
  const categoryHandle = first(query.category)

  const categories = await listCategories(locale)
  const activeCategory = categoryHandle
    ? (categories.find((c) => c.handle === categoryHandle) ?? null)
    : null
  if (categoryHandle && !activeCategory) notFound()

  const products = await listProducts({
    locale,
    page: Number.isFinite(page) && page > 0 ? page : 1,
    categoryId: activeCategory?.id,
  })
  if (products.page > products.pageCount) notFound()

  return (
    <ProductsListTemplate
      products={products}
      categories={categories}
      activeCategory={activeCategory}
      locale={locale}
    />
  )
}
