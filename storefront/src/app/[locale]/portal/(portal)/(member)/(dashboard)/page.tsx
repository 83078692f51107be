import { notFound } from "next/navigation"
import { hasLocale } from "next-intl"
import { routing } from "@/i18n/routing"
import { setRequestLocale } from "next-intl/server"
import { getPortalMe } from "@/lib/data/portal/session"
import { listPortalOrders } from "@/lib/data/portal/orders"
import { listPortalProducts } from "@/lib/data/portal/products"
import { getPortalStats } from "@/lib/data/portal/stats"
import DashboardTemplate from "@/modules/portal/templates/dashboard-template"

type Props = { params: Promise<{ locale: string }> }

export default async function PortalDashboardPage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const [me, products, orders, stats] = await Promise.all([
    getPortalMe(locale),
    listPortalProducts(locale),
    listPortalOrders(locale),
    getPortalStats(locale),
  ])
  return (
    <DashboardTemplate
      me={me}
      products={products}
      orders={orders}
      stats={stats}
      locale={locale}
    />
  )
}
