import Image from "next/image"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import type { SearchHit as Hit } from "@/lib/data/search/types"
import { formatVnd } from "@/lib/util/money"
import InSeasonBadge from "@/modules/products/components/in-season-badge"
import HighlightedText from "../highlighted-text"

export default async function SearchHit({
  hit,
  query,
  locale,
  inSeason,
}: {
  hit: Hit
  query: string
  locale: Locale
  /** The backend listed it as in season this month. */
  inSeason: boolean
}) {
  const t = await getTranslations({ locale, namespace: "search" })
  const ocop = await getTranslations({ locale, namespace: "ocop" })
  return (
    <Link
      href={`/products/${hit.handle}`}
      data-testid="search-hit"
      data-handle={hit.handle}
      className="group flex flex-col overflow-hidden rounded-2xl border border-earth-200 bg-white shadow-sm transition hover:shadow-md"
    >
      <div className="relative aspect-square bg-earth-100">
        {hit.thumbnail && (
          <Image
            src={hit.thumbnail}
            alt={hit.title}
            fill
            sizes="(min-width: 1024px) 220px, (min-width: 640px) 33vw, 50vw"
            className="object-cover"
          />
        )}
        {hit.stars && (
          <span className="absolute left-2 top-2 rounded-full bg-white/90 px-2 py-0.5 text-xs font-semibold text-earth-800">
            <span aria-hidden="true" className="text-gold-500">
              {"★".repeat(hit.stars)}
            </span>{" "}
            {ocop("stars", { stars: hit.stars })}
          </span>
        )}
      </div>
      <div className="flex flex-1 flex-col gap-1 p-3">
        <h2
          data-testid="search-hit-title"
          className="line-clamp-2 font-semibold text-stone-900 group-hover:text-leaf-700"
        >
          <HighlightedText text={hit.title} query={query} />
        </h2>
        {hit.producerName && (
          <p className="line-clamp-1 text-xs text-stone-600">
            <HighlightedText text={hit.producerName} query={query} />
          </p>
        )}
        {inSeason && <InSeasonBadge locale={locale} />}
        <p className="mt-auto pt-1 font-bold text-berry-600">
          {hit.price === null ? t("noPrice") : formatVnd(hit.price)}
        </p>
        {!hit.inStock && (
          <p className="text-xs text-stone-600">{t("outOfStock")}</p>
        )}
      </div>
    </Link>
  )
}
