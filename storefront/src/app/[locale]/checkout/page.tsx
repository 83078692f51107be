import type { Metadata } from "next"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { routing } from "@/i18n/routing"
import { listProvinces } from "@/lib/data/shared/addresses"
import { getCheckoutData } from "@/lib/data/checkout/checkout"
import { getCheckoutAccount } from "@/lib/data/account/session"
import CheckoutTemplate from "@/modules/checkout/templates/checkout-template"

// Per shopper (cart cookie): never cached.
export const dynamic = "force-dynamic"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: "checkout" })
  return { title: t("title"), robots: { index: false } }
}

export default async function CheckoutPage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const [data, provinces, account] = await Promise.all([
    getCheckoutData(),
    listProvinces(),
    getCheckoutAccount(),
  ])
  return (
    <CheckoutTemplate
      data={data}
      provinces={provinces}
      account={account}
      locale={locale}
    />
  )
}
