import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { routing } from "@/i18n/routing"
import { listMyProducers } from "@/lib/data/onboarding/producers"
import ProducersTemplate from "@/modules/onboarding/templates/producers-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  const t = await getTranslations({ locale, namespace: "onboarding" })
  return { title: t("title") }
}

export default async function OnboardingPage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const producers = await listMyProducers(locale)
  return <ProducersTemplate producers={producers} locale={locale} />
}
