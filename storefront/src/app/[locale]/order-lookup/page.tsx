import type { Metadata } from "next"
import { hasLocale, NextIntlClientProvider } from "next-intl"
import {
  getMessages,
  getTranslations,
  setRequestLocale,
} from "next-intl/server"
import { notFound } from "next/navigation"
import { routing } from "@/i18n/routing"
import LookupForm from "@/modules/orders/components/lookup-form"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: "order.lookup" })
  return { title: t("title"), robots: { index: false } }
}

export default async function OrderLookupPage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "order.lookup" })
  const { order } = await getMessages({ locale })
  return (
    <div className="mx-auto max-w-md px-4 py-8">
      <h1 className="text-2xl font-bold text-leaf-900">{t("title")}</h1>
      <p className="mt-2 text-stone-600">{t("intro")}</p>
      <div className="mt-6">
        <NextIntlClientProvider locale={locale} messages={{ order }}>
          <LookupForm locale={locale} />
        </NextIntlClientProvider>
      </div>
    </div>
  )
}
