import type { Metadata } from "next"
import { hasLocale } from "next-intl"
import { setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { cache } from "react"
import { routing } from "@/i18n/routing"
import { catalogueTags } from "@/lib/data/catalogue/cache-tags"
import { getInSeason } from "@/lib/data/catalogue/in-season"
import { getProducer } from "@/lib/data/catalogue/producers"
import { listProductsByIds } from "@/lib/data/catalogue/products"
import { languageAlternates } from "@/lib/site"
import ProducerTemplate from "@/modules/producers/templates/producer-template"

export const revalidate = 3600

// Rendered on first request, then cached until the producer's tag (which the backend also names
// when one of its products changes) or, when a month begins, "in-season" is revalidated.
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: string; handle: string }> }

const loadProducer = cache(getProducer)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const producer = await loadProducer(handle, locale)
  if (!producer) return {}
  const story = producer.story[locale] ?? producer.story.vi ?? undefined
  const description = story?.slice(0, 160)
  const path = `/producers/${producer.handle}`
  return {
    title: producer.name,
    description,
    alternates: { canonical: `/${locale}${path}`, ...languageAlternates(path) },
    openGraph: {
      title: producer.name,
      description,
      url: `/${locale}${path}`,
      type: "profile",
      // No `images` key: the card drawn by ./opengraph-image.tsx is the page's only picture.
    },
  }
}

export default async function ProducerPage({ params }: Props) {
  const { locale, handle } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)

  const producer = await loadProducer(handle, locale)
  if (!producer) notFound()
  const pageTag = catalogueTags.producer(producer.handle)
  const [products, inSeason] = await Promise.all([
    listProductsByIds(
      producer.products.map((p) => p.id),
      locale,
      pageTag
    ),
    getInSeason(pageTag),
  ])

  return (
    <ProducerTemplate
      producer={producer}
      products={products}
      inSeasonIds={inSeason.productIds}
      locale={locale}
    />
  )
}
