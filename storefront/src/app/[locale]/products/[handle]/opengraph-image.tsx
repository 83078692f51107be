import { hasLocale } from "next-intl"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { routing } from "@/i18n/routing"
import { getProductByHandle } from "@/lib/data/catalogue/products"
import { productCard } from "@/lib/util/share-card"
import {
  missingCard,
  SHARE_CARD_SIZE,
  shareCardImage,
} from "@/modules/share/templates/share-card-image"

// Read through the tagged catalogue cache, so a new price (revalidating "products") redraws the
// card as it rebuilds the page. The photo is left out: satori cannot draw the WebP originals.
export const size = SHARE_CARD_SIZE
export const contentType = "image/png"
export const revalidate = 3600

export function generateStaticParams() {
  return []
}

export default async function ProductCard({
  params,
}: {
  params: Promise<{ locale: string; handle: string }>
}) {
  const { locale, handle } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  const product = await getProductByHandle(handle, locale)
  if (!product) return missingCard()
  const tc = await getTranslations({ locale, namespace: "common" })
  const to = await getTranslations({ locale, namespace: "ocop" })
  return shareCardImage(
    productCard(product, {
      brand: tc("brand"),
      stars: (stars) => to("stars", { stars }),
    })
  )
}
