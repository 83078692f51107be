import { hasLocale } from "next-intl"
import { setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { routing } from "@/i18n/routing"
import { getPortalStats } from "@/lib/data/portal/stats"
import StatsTemplate from "@/modules/portal/templates/stats-template"

type Props = { params: Promise<{ locale: string }> }

export default async function PortalStatsPage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const stats = await getPortalStats(locale)
  return <StatsTemplate stats={stats} locale={locale} />
}
