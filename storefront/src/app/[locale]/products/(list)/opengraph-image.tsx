import { hasLocale } from "next-intl"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { routing } from "@/i18n/routing"
import { pageCard } from "@/lib/util/share-card"
import {
  SHARE_CARD_SIZE,
  shareCardImage,
} from "@/modules/share/templates/share-card-image"

// One card for the list and its category filters: an image route cannot read the page's query.
export const size = SHARE_CARD_SIZE
export const contentType = "image/png"
export const revalidate = 3600

export function generateStaticParams() {
  return []
}

export default async function ProductsCard({
  params,
}: {
  params: Promise<{ locale: string }>
}) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  const t = await getTranslations({ locale, namespace: "metadata" })
  const tc = await getTranslations({ locale, namespace: "common" })
  return shareCardImage(
    pageCard({
      brand: tc("brand"),
      title: t("productsTitle"),
      detail: t("productsDescription"),
    })
  )
}
