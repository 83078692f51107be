import { hasLocale } from "next-intl"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { routing } from "@/i18n/routing"
import { getProducer } from "@/lib/data/catalogue/producers"
import { producerCard } from "@/lib/util/share-card"
import {
  missingCard,
  SHARE_CARD_SIZE,
  shareCardImage,
} from "@/modules/share/templates/share-card-image"

// Read through the tagged catalogue cache ("producers", "products"), like the page.
export const size = SHARE_CARD_SIZE
export const contentType = "image/png"
export const revalidate = 3600

export function generateStaticParams() {
  return []
}

const KINDS = ["cooperative", "farm", "household", "enterprise"] as const

export default async function ProducerCard({
  params,
}: {
  params: Promise<{ locale: string; handle: string }>
}) {
  const { locale, handle } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  const producer = await getProducer(handle, locale)
  if (!producer) return missingCard()
  const tc = await getTranslations({ locale, namespace: "common" })
  const t = await getTranslations({ locale, namespace: "producers" })
  const kind = KINDS.find((k) => k === producer.kind) ?? "other"
  return shareCardImage(
    producerCard(producer, {
      brand: tc("brand"),
      kind: t(`kinds.${kind}`),
      productCount: (count) => t("productCount", { count }),
    })
  )
}
