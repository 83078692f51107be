import { notFound } from "next/navigation"
import { hasLocale } from "next-intl"
import { routing } from "@/i18n/routing"
import { setRequestLocale } from "next-intl/server"
import { listPortalProducts } from "@/lib/data/portal/products"
import ProductsTemplate from "@/modules/portal/templates/products-template"

type Props = { params: Promise<{ locale: string }> }

export default async function PortalProductsPage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const products = await listPortalProducts(locale)
  return <ProductsTemplate products={products} locale={locale} />
}
