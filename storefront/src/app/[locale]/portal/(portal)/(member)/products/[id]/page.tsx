import { hasLocale } from "next-intl"
import { routing } from "@/i18n/routing"
import { setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { getPortalProduct } from "@/lib/data/portal/products"
import ProductOverviewTemplate from "@/modules/portal/templates/product-overview-template"

type Props = { params: Promise<{ locale: string; id: string }> }

export default async function PortalProductPage({ params }: Props) {
  const { locale, id } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const product = await getPortalProduct(id, locale)
  // Another producer's product looks exactly like one that does not exist.
  if (!product) notFound()
  return <ProductOverviewTemplate product={product} locale={locale} />
}
