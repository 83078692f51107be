import { hasLocale } from "next-intl"
import { routing } from "@/i18n/routing"
import { setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { getPortalMe } from "@/lib/data/portal/session"
import { getPortalProduct } from "@/lib/data/portal/products"
import PortalShell from "@/modules/portal/templates/portal-shell"
import ProductOverviewTemplate from "@/modules/portal/templates/product-overview-template"

type Props = { params: Promise<{ locale: string; id: string }> }

export default async function PortalProductPage({ params }: Props) {
  const { locale, id } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const [me, product] = await Promise.all([
    getPortalMe(locale),
    getPortalProduct(id, locale),
  ])
  // Another producer's product looks exactly like one that does not exist.
  if (!product) notFound()
  return (
    <PortalShell me={me} locale={locale}>
      <ProductOverviewTemplate product={product} locale={locale} />
    </PortalShell>
  )
}
