import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"

/** "Đang vào mùa": shown where the backend listed the product as in season this month. */
export default async function InSeasonBadge({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "inSeason" })
  return (
    <span
      data-testid="in-season-badge"
      className="inline-flex w-fit items-center gap-1 rounded-full bg-gold-400 px-2 py-0.5 text-xs font-semibold text-earth-800"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 16 16"
        className="size-3.5 shrink-0"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
      >
        <path d="M3 13c0-5 3.5-9 10-10-1 6.5-5 10-10 10Z" />
        <path d="M3 13 9 7" />
      </svg>
      {t("badge")}
    </span>
  )
}
