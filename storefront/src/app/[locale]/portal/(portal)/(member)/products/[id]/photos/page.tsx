import { hasLocale } from "next-intl"
import { routing } from "@/i18n/routing"
import { setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { getPortalProduct } from "@/lib/data/portal/products"
import PhotosTemplate from "@/modules/portal/templates/photos-template"

type Props = { params: Promise<{ locale: string; id: string }> }

export default async function PortalPhotosPage({ params }: Props) {
  const { locale, id } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const product = await getPortalProduct(id, locale)
  if (!product) notFound()
  return <PhotosTemplate product={product} locale={locale} />
}
