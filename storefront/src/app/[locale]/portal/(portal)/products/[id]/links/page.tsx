import { hasLocale } from "next-intl"
import { routing } from "@/i18n/routing"
import { setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { getPortalMe } from "@/lib/data/portal/session"
import { getPortalProduct } from "@/lib/data/portal/products"
import ListingsTemplate from "@/modules/portal/templates/listings-template"
import PortalShell from "@/modules/portal/templates/portal-shell"

type Props = { params: Promise<{ locale: string; id: string }> }

export default async function PortalListingsPage({ params }: Props) {
  const { locale, id } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const [me, product] = await Promise.all([
    getPortalMe(locale),
    getPortalProduct(id, locale),
  ])
  if (!product) notFound()
  return (
    <PortalShell me={me} locale={locale}>
      <ListingsTemplate product={product} locale={locale} />
    </PortalShell>
  )
}
