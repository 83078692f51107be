import { hasLocale } from "next-intl"
import { setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { routing } from "@/i18n/routing"
import { getPortalMe } from "@/lib/data/portal/session"
import { listPortalOrders } from "@/lib/data/portal/orders"
import OrdersTemplate from "@/modules/portal/templates/orders-template"
import PortalShell from "@/modules/portal/templates/portal-shell"

type Props = { params: Promise<{ locale: string }> }

export default async function PortalOrdersPage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const [me, orders] = await Promise.all([
    getPortalMe(locale),
    listPortalOrders(locale),
  ])
  return (
    <PortalShell me={me} locale={locale}>
      <OrdersTemplate orders={orders} locale={locale} />
    </PortalShell>
  )
}
