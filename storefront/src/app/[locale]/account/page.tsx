import type { Metadata } from "next"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound, redirect } from "next/navigation"
import { routing } from "@/i18n/routing"
import { getOrderHistory } from "@/lib/data/account/account"
import { currentCustomer } from "@/lib/data/account/session"
import AccountTemplate from "@/modules/account/templates/account-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: "account" })
  return { title: t("title") }
}

export default async function AccountPage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const customer = await currentCustomer()
  if (!customer) redirect(`/${locale}/account/sign-in`)
  const orders = await getOrderHistory(locale)
  return <AccountTemplate customer={customer} orders={orders} locale={locale} />
}
