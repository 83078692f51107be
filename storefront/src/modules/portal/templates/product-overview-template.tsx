import { NextIntlClientProvider } from "next-intl"
import { getMessages, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { archiveProduct } from "@/lib/data/portal/products"
import { shopperPriceApart } from "@/lib/data/portal/prices"
import { clearPreorder, savePreorder } from "@/lib/data/portal/preorder"
import { saveProductSeason } from "@/lib/data/portal/season"
import type { PortalProduct } from "@/lib/data/portal/types"
import { formatVnd } from "@/lib/util/money"
import SeasonPicker from "@/modules/common/components/season-picker"
import BackLink from "../components/back-link"
import PreorderForm from "../components/preorder-form"
import type { Locale } from "@/i18n/routing"

const taskClass =
  "flex min-h-14 items-center justify-between rounded-2xl border border-stone-200 bg-white px-4 py-3 text-lg font-semibold hover:border-leaf-300"

/**
 * One product: a big button per task (text, each variant's price and stock, links), and its
 * season and next harvest's pre-orders, short enough to set right here.
 */
export default async function ProductOverviewTemplate({
  product,
  locale,
}: {
  product: PortalProduct
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "portal" })
  const ts = await getTranslations({ locale, namespace: "season.picker" })
  const tp = await getTranslations({ locale, namespace: "preorder.portal" })
  // The portal's client messages leave pre-orders out; the card brings its own.
  const { preorder: preorderMessages } = await getMessages({ locale })
  return (
    <div className="space-y-5">
      <BackLink href="/portal/products" label={t("product.back")} />
      <h1
        className="text-2xl font-bold text-leaf-800"
        data-testid="portal-product-title"
      >
        {product.title}
      </h1>
      <Link
        href={`/portal/products/${product.id}/details`}
        className={taskClass}
        data-testid="portal-task-details"
      >
        {t("product.details")}
        <span aria-hidden="true">›</span>
      </Link>
      <Link
        href={`/portal/products/${product.id}/photos`}
        className={taskClass}
        data-testid="portal-task-photos"
      >
        <span>
          <span className="block">{t("product.photos")}</span>
          <span className="block text-base font-normal text-stone-700">
            {t("photos.count", { count: product.images.length })}
          </span>
        </span>
        <span aria-hidden="true">›</span>
      </Link>
      <section className="space-y-2">
        <h2 className="text-base font-medium text-stone-600">
          {t("product.pricesStock")}
        </h2>
        {product.variants.map((variant) => {
          const shopperPrice = shopperPriceApart(variant)
          return (
            <Link
              key={variant.id}
              href={`/portal/products/${product.id}/variants/${variant.id}`}
              className={taskClass}
              data-testid={`portal-variant-${variant.title}`}
            >
              <span>
                <span className="block">{variant.title}</span>
                <span className="block text-base font-normal text-stone-700">
                  {t("variant.current", {
                    price:
                      variant.price === null
                        ? t("products.noPrice")
                        : formatVnd(variant.price),
                    count: variant.stock ?? t("variant.noStockTracking"),
                  })}
                </span>
                {shopperPrice !== null && (
                  <span
                    className="block text-base font-normal text-leaf-800"
                    data-testid="portal-variant-shopper-price"
                  >
                    {t("variant.shopperPrice", {
                      price: formatVnd(shopperPrice),
                    })}
                  </span>
                )}
              </span>
              <span aria-hidden="true">›</span>
            </Link>
          )
        })}
      </section>
      <section
        className="space-y-2 rounded-2xl border border-stone-200 bg-white p-4"
        aria-labelledby="season-heading"
        data-testid="portal-season"
      >
        <h2 id="season-heading" className="text-lg font-semibold">
          {ts("heading")}
        </h2>
        <p className="text-base text-stone-600">{ts("intro")}</p>
        <SeasonPicker
          action={saveProductSeason}
          season={product.season}
          fields={{ productId: product.id }}
          locale={locale}
        />
      </section>
      <section
        className="space-y-2 rounded-2xl border border-stone-200 bg-white p-4"
        aria-labelledby="preorder-heading"
        data-testid="portal-preorder"
      >
        <h2 id="preorder-heading" className="text-lg font-semibold">
          {tp("heading")}
        </h2>
        <p className="text-base text-stone-600">{tp("intro")}</p>
        <NextIntlClientProvider
          locale={locale}
          messages={{ preorder: preorderMessages }}
        >
          <PreorderForm
            preorder={product.preorder}
            save={savePreorder.bind(null, product.id)}
            stop={clearPreorder.bind(null, product.id)}
            locale={locale}
          />
        </NextIntlClientProvider>
      </section>
      <Link
        href={`/portal/products/${product.id}/links`}
        className={taskClass}
        data-testid="portal-task-links"
      >
        <span>
          <span className="block">{t("product.links")}</span>
          <span className="block text-base font-normal text-stone-700">
            {product.marketplace_listings
              .map((listing) => `${listing.marketplace}.vn`)
              .join(", ") || t("listings.empty")}
          </span>
        </span>
        <span aria-hidden="true">›</span>
      </Link>
      {product.visible_to_shoppers && (
        <a
          href={`/${locale}/products/${product.handle}`}
          className="block min-h-12 py-3 text-base text-leaf-700 underline"
          data-testid="portal-view-public"
        >
          {t("product.view")}
        </a>
      )}
      {product.visible_to_shoppers && (
        <section className="space-y-2">
          <h2 className="text-base font-medium text-stone-600">
            {t("product.print")}
          </h2>
          {/* Plain links: the PDF is made on request, never prefetched. */}
          <div className="grid gap-2 sm:grid-cols-2">
            <a
              href={`/${locale}/portal/products/${product.id}/qr/labels`}
              className={taskClass}
              data-testid="portal-print-labels"
            >
              {t("product.printLabels")}
              <span aria-hidden="true">⎙</span>
            </a>
            <a
              href={`/${locale}/portal/products/${product.id}/qr/poster`}
              className={taskClass}
              data-testid="portal-print-poster"
            >
              {t("product.printPoster")}
              <span aria-hidden="true">⎙</span>
            </a>
          </div>
        </section>
      )}
      {!product.archived && (
        <form
          action={archiveProduct}
          className="space-y-2 border-t border-stone-200 pt-4"
        >
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="productId" value={product.id} />
          <p className="text-sm text-stone-600">{t("product.archiveHint")}</p>
          <button
            type="submit"
            className="min-h-12 w-full rounded-xl border border-berry-500 px-4 text-base font-semibold text-berry-600"
            data-testid="portal-archive"
          >
            {t("product.archive")}
          </button>
        </form>
      )}
    </div>
  )
}
