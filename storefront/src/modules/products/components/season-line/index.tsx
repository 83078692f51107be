import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import { formatSeason, type HarvestSeason } from "@/lib/util/season"
import InSeasonBadge from "../in-season-badge"

const SIZES = {
  md: "gap-1.5 rounded-full bg-leaf-50 px-3 py-1 text-sm font-medium text-leaf-800",
  sm: "gap-1 text-xs text-leaf-700",
} as const

/**
 * When the product is in season, in the shopper's words, with the "in season" badge when the
 * backend listed it for this month; nothing when no season is set.
 */
export default async function SeasonLine({
  season,
  locale,
  size = "md",
  testId,
  inSeason = false,
}: {
  season: HarvestSeason | null
  locale: Locale
  size?: keyof typeof SIZES
  testId: string
  inSeason?: boolean
}) {
  const t = await getTranslations({ locale, namespace: "season" })
  const line = formatSeason(season, locale, t)
  if (!line) return null
  const seasonLine = (
    <p className={`flex w-fit max-w-full items-start ${SIZES[size]}`}>
      <svg
        aria-hidden="true"
        viewBox="0 0 16 16"
        className={`${size === "md" ? "mt-0.5 size-4" : "mt-px size-3.5"} shrink-0`}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      >
        <rect x="2" y="3" width="12" height="11" rx="2" />
        <path d="M2 6.5h12M5.5 1.5v3M10.5 1.5v3" />
      </svg>
      <span data-testid={testId}>{line}</span>
    </p>
  )
  if (!inSeason) return seasonLine
  return (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
      {seasonLine}
      <InSeasonBadge locale={locale} />
    </div>
  )
}
