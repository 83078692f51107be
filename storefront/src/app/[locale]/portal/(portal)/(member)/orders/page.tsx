import { hasLocale } from "next-intl"
import { setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { routing } from "@/i18n/routing"
import { listPortalOrders } from "@/lib/data/portal/orders"
import OrdersTemplate from "@/modules/portal/templates/orders-template"

type Props = { params: Promise<{ locale: string }> }

export default async function PortalOrdersPage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const orders = await listPortalOrders(locale)
  return <OrdersTemplate orders={orders} locale={locale} />
}
