import { getTranslations } from "next-intl/server"
import { removeListing } from "@/lib/data/portal/products"
import type { PortalProduct } from "@/lib/data/portal/types"
import ListingForm from "../components/listing-form"
import ProductTaskTemplate from "./product-task-template"
import type { Locale } from "@/i18n/routing"

export default async function ListingsTemplate({
  product,
  locale,
}: {
  product: PortalProduct
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "portal" })
  return (
    <ProductTaskTemplate
      product={product}
      heading={t("product.links")}
      locale={locale}
    >
      <ul className="space-y-2" data-testid="portal-listings">
        {product.marketplace_listings.map((listing) => (
          <li
            key={listing.id}
            data-testid={`portal-listing-${listing.marketplace}`}
            data-listing-id={listing.id}
            className="flex items-center gap-2 rounded-2xl border border-stone-200 bg-white p-3"
          >
            <span className="min-w-0 flex-1">
              <span className="block text-base font-semibold">
                {listing.marketplace}.vn
              </span>
              <span className="block break-all text-sm text-stone-600">
                {listing.url}
              </span>
            </span>
            <form action={removeListing}>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="productId" value={product.id} />
              <input type="hidden" name="listingId" value={listing.id} />
              <button
                type="submit"
                className="min-h-12 rounded-xl border border-stone-300 px-4 text-base"
                data-testid={`portal-remove-listing-${listing.marketplace}`}
              >
                {t("listings.remove")}
              </button>
            </form>
          </li>
        ))}
        {!product.marketplace_listings.length && (
          <li className="text-base text-stone-600">{t("listings.empty")}</li>
        )}
      </ul>
      <ListingForm productId={product.id} locale={locale} />
    </ProductTaskTemplate>
  )
}
