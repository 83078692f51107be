import type { Metadata } from "next"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { routing } from "@/i18n/routing"
import VnpayStatusTemplate, {
  type VnpayState,
} from "@/modules/checkout/templates/vnpay-status-template"

export const dynamic = "force-dynamic"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: "vnpayReturn" })
  return { title: t("title"), robots: { index: false } }
}

const STATES: VnpayState[] = ["pending", "failed", "invalid"]
const one = (value: string | string[] | undefined) =>
  typeof value === "string" ? value : ""

export default async function VnpayStatusPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const query = await searchParams
  const state = STATES.find((s) => s === one(query.state)) ?? "invalid"
  return (
    <VnpayStatusTemplate
      state={state}
      responseCode={one(query.code)}
      recheckPath={`/${locale}/vnpay-return?${one(query.back)}`}
      locale={locale}
    />
  )
}
