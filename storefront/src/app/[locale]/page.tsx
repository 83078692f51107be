import type { Metadata } from "next"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { routing } from "@/i18n/routing"
import { listProducers } from "@/lib/data/catalogue/producers"
import { listProducts } from "@/lib/data/catalogue/products"
import { languageAlternates } from "@/lib/site"
import HomeTemplate from "@/modules/home/templates/home-template"

export const revalidate = 3600

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: "metadata" })
  return {
    title: { absolute: t("homeTitle") },
    description: t("homeDescription"),
    alternates: { canonical: `/${locale}`, ...languageAlternates("/") },
    openGraph: {
      title: t("homeTitle"),
      description: t("homeDescription"),
      url: `/${locale}`,
    },
  }
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)

  const [products, producers] = await Promise.all([
    listProducts({ locale, pageSize: 24 }),
    listProducers({ locale, pageSize: 6 }),
  ])
  // Certified products first, highest stars first; stable otherwise.
  const starsOf = (p: (typeof products.items)[number]) =>
    p.certificate?.displayedStars ?? 0
  const featured = [...products.items]
    .sort((a, b) => starsOf(b) - starsOf(a))
    .slice(0, 8)

  return (
    <HomeTemplate
      featured={featured}
      producers={producers.items}
      locale={locale}
    />
  )
}
