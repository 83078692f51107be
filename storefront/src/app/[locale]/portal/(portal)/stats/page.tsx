import { hasLocale } from "next-intl"
import { setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { routing } from "@/i18n/routing"
import { getPortalMe } from "@/lib/data/portal/session"
import { getPortalStats } from "@/lib/data/portal/stats"
import PortalShell from "@/modules/portal/templates/portal-shell"
import StatsTemplate from "@/modules/portal/templates/stats-template"

type Props = { params: Promise<{ locale: string }> }

export default async function PortalStatsPage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const [me, stats] = await Promise.all([
    getPortalMe(locale),
    getPortalStats(locale),
  ])
  return (
    <PortalShell me={me} locale={locale}>
      <StatsTemplate stats={stats} locale={locale} />
    </PortalShell>
  )
}
