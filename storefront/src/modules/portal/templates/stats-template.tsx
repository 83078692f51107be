import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import type { PortalStats } from "@/lib/data/portal/types"
import { formatVnd } from "@/lib/util/money"
import ShareFigures from "../components/share-figures"
import WeeklySalesChart from "../components/weekly-sales-chart"

/**
 * The producer's figures: eight weeks of sales, units sold, clicks out to each marketplace and
 * visits from shared links (left out when the backend does not count them).
 */
export default async function StatsTemplate({
  stats,
  locale,
}: {
  stats: PortalStats
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "portal.stats" })
  const weekLabel = (weekStart: string) => {
    const [, month, day] = weekStart.split("-")
    return `${Number(day)}/${Number(month)}`
  }
  const tiles = [
    { label: t("revenue"), value: formatVnd(stats.revenue), id: "revenue" },
    { label: t("unitsSold"), value: String(stats.units_sold), id: "units" },
    {
      label: t("clicks", { marketplace: "voso.vn" }),
      value: String(stats.clicks.voso),
      id: "clicks-voso",
    },
    {
      label: t("clicks", { marketplace: "postmart.vn" }),
      value: String(stats.clicks.postmart),
      id: "clicks-postmart",
    },
  ]
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold text-leaf-800">{t("title")}</h1>
        <p className="text-base text-stone-600">{t("period")}</p>
      </header>
      <dl className="grid grid-cols-2 gap-3">
        {tiles.map((tile) => (
          <div key={tile.id} className="rounded-2xl bg-white p-4">
            <dt className="text-sm text-stone-600">{tile.label}</dt>
            <dd
              className="text-2xl font-bold tabular-nums"
              data-testid={`portal-stats-${tile.id}`}
            >
              {tile.value}
            </dd>
          </div>
        ))}
      </dl>
      <section className="rounded-2xl bg-white p-4">
        <WeeklySalesChart
          weeks={stats.weeks}
          caption={t("chartCaption")}
          weekHeading={t("week")}
          weekLabel={weekLabel}
          revenueLabel={t("revenueColumn")}
          unitsLabel={t("unitsColumn")}
        />
      </section>
      {stats.shares && <ShareFigures shares={stats.shares} locale={locale} />}
    </div>
  )
}
