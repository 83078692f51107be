import type { Metadata } from "next"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { routing } from "@/i18n/routing"
import { getOrderMessages } from "@/lib/data/checkout/order-messages"
import { getOrder, getOrderDelivery } from "@/lib/data/checkout/orders"
import OrderTemplate from "@/modules/orders/templates/order-template"

// Payment status changes by the second: never cached.
export const dynamic = "force-dynamic"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: "order" })
  return { title: t("metaTitle"), robots: { index: false } }
}

export default async function OrderPage({ params }: Props) {
  const { locale, id } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const [order, delivery, messages] = await Promise.all([
    getOrder(id),
    getOrderDelivery(id),
    getOrderMessages(id),
  ])
  if (!order) notFound()
  return (
    <OrderTemplate
      order={order}
      delivery={delivery}
      messages={messages}
      locale={locale}
    />
  )
}
