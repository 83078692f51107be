import { hasLocale } from "next-intl"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { routing } from "@/i18n/routing"
import { pageCard } from "@/lib/util/share-card"
import {
  SHARE_CARD_SIZE,
  shareCardImage,
} from "@/modules/share/templates/share-card-image"

// The home page's share card; pages below it without a card of their own inherit it.
export const size = SHARE_CARD_SIZE
export const contentType = "image/png"
export const revalidate = 3600

export function generateStaticParams() {
  return []
}

export default async function HomeCard({
  params,
}: {
  params: Promise<{ locale: string }>
}) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  const t = await getTranslations({ locale, namespace: "common" })
  const th = await getTranslations({ locale, namespace: "home" })
  return shareCardImage(
    pageCard({
      brand: t("brandShort"),
      eyebrow: th("eyebrow"),
      title: t("brand"),
      detail: t("tagline"),
    })
  )
}
