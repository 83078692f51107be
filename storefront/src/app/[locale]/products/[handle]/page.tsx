import type { Metadata } from "next"
import { hasLocale } from "next-intl"
import { setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { cache } from "react"
import { routing } from "@/i18n/routing"
import { catalogueTags } from "@/lib/data/catalogue/cache-tags"
import { getInSeason } from "@/lib/data/catalogue/in-season"
import { getProductByHandle } from "@/lib/data/catalogue/products"
import { languageAlternates } from "@/lib/site"
import { formatVnd } from "@/lib/util/money"
import { decodedSegment } from "@/lib/util/page-subject"
import ProductTemplate from "@/modules/products/templates/product-template"

export const revalidate = 3600

// Rendered on first request, then cached until the product's tag (or, when a month begins,
// "in-season") is revalidated.
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: string; handle: string }> }

const loadProduct = cache(getProductByHandle)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const product = await loadProduct(handle, locale)
  if (!product) return {}
  const description =
    product.description?.slice(0, 160) ??
    [product.producer?.name, product.minPrice && formatVnd(product.minPrice)]
      .filter(Boolean)
      .join(" · ")
  const path = `/products/${product.handle}`
  return {
    title: product.title,
    description,
    alternates: { canonical: `/${locale}${path}`, ...languageAlternates(path) },
    openGraph: {
      title: product.title,
      description,
      url: `/${locale}${path}`,
      // No `images` key: the card drawn by ./opengraph-image.tsx is the page's only picture.
    },
  }
}

export default async function ProductPage({ params }: Props) {
  const { locale, handle } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)

  const [product, inSeason] = await Promise.all([
    loadProduct(handle, locale),
    getInSeason(catalogueTags.product(decodedSegment(handle) ?? handle)),
  ])
  if (!product) notFound()

  return (
    <ProductTemplate
      product={product}
      inSeason={inSeason.productIds.includes(product.id)}
      locale={locale}
    />
  )
}
