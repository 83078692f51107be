import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import type {
  Marketplace,
  MarketplaceListing,
} from "@/lib/data/catalogue/types"
import SourcedLink from "@/modules/share/components/sourced-link"

const HOSTS: Record<Marketplace, string> = {
  voso: "voso.vn",
  postmart: "postmart.vn",
}

/**
 * Links out through /[locale]/go/[id], which records the click on the backend
 * before redirecting; plain <a> so no prefetch counts a click. A visit that began at a shared
 * link adds its `src` as the shopper clicks.
 */
export default async function MarketplaceLinks({
  listings,
  locale,
}: {
  listings: MarketplaceListing[]
  locale: Locale
}) {
  if (!listings.length) return null
  const t = await getTranslations({ locale, namespace: "product" })
  return (
    <section aria-labelledby="marketplaces-heading" className="space-y-2">
      <h2
        id="marketplaces-heading"
        className="text-sm font-medium text-stone-600"
      >
        {t("alsoOn")}
      </h2>
      <div className="flex flex-wrap gap-2">
        {listings.map((listing) => (
          <SourcedLink
            key={listing.id}
            href={`/${locale}/go/${encodeURIComponent(listing.id)}`}
            rel="nofollow noopener"
            data-testid={`marketplace-link-${listing.marketplace}`}
            className={`inline-flex items-center gap-2 rounded-full border px-4 py-2 text-sm font-semibold ${
              listing.marketplace === "voso"
                ? "border-sky-200 bg-sky-50 text-sky-800 hover:bg-sky-100"
                : "border-amber-200 bg-amber-50 text-amber-900 hover:bg-amber-100"
            }`}
          >
            {t("buyOn", { host: HOSTS[listing.marketplace] })}
            <span aria-hidden="true">↗</span>
          </SourcedLink>
        ))}
      </div>
    </section>
  )
}
