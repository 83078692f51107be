import type { Metadata } from "next"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { routing } from "@/i18n/routing"
import { getCart } from "@/lib/data/checkout/cart"
import CartTemplate from "@/modules/cart/templates/cart-template"

// Per shopper (cookie): never cached.
export const dynamic = "force-dynamic"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ short?: string; unavailable?: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: "metadata" })
  return { title: t("cartTitle"), robots: { index: false } }
}

export default async function CartPage({ params, searchParams }: Props) {
  const { locale } = await params
  const { short, unavailable } = await searchParams
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)

  const cart = await getCart()
  return (
    <CartTemplate
      cart={cart}
      locale={locale}
      shortLineId={short}
      unavailableLineId={unavailable}
    />
  )
}
