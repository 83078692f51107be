import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import type { Certificate } from "@/lib/data/catalogue/types"

/** The stars the backend lets shoppers see; renders nothing when there are none. */
export default async function OcopStars({
  certificate,
  locale,
  size = "sm",
}: {
  certificate: Certificate | null
  locale: Locale
  size?: "sm" | "lg"
}) {
  const stars = certificate?.displayedStars ?? null
  if (!stars) return null
  const t = await getTranslations({ locale, namespace: "ocop" })
  const label = t("stars", { stars })
  return (
    <span
      data-testid="ocop-stars"
      data-stars={stars}
      title={label}
      className={`inline-flex items-center gap-1 rounded-full bg-gold-400/15 font-semibold text-earth-800 ${
        size === "lg" ? "px-3 py-1 text-sm" : "px-2 py-0.5 text-xs"
      }`}
    >
      <span aria-hidden="true" className="tracking-tight text-gold-500">
        {"★".repeat(stars)}
      </span>
      <span>{label}</span>
    </span>
  )
}
