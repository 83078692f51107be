import { notFound } from "next/navigation"
import { hasLocale } from "next-intl"
import { routing } from "@/i18n/routing"
import { setRequestLocale } from "next-intl/server"
import { getPortalMe } from "@/lib/data/portal/session"
import { listPortalProducts } from "@/lib/data/portal/products"
import PortalShell from "@/modules/portal/templates/portal-shell"
import ProductsTemplate from "@/modules/portal/templates/products-template"

type Props = { params: Promise<{ locale: string }> }

export default async function PortalProductsPage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const [me, products] = await Promise.all([
    getPortalMe(locale),
    listPortalProducts(locale),
  ])
  return (
    <PortalShell me={me} locale={locale}>
      <ProductsTemplate products={products} locale={locale} />
    </PortalShell>
  )
}
