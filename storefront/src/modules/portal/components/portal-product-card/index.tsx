import Image from "next/image"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { cheapestPrices } from "@/lib/data/portal/prices"
import type { PortalProduct } from "@/lib/data/portal/types"
import { formatVnd } from "@/lib/util/money"
import type { Locale } from "@/i18n/routing"

/**
 * One row of the member's product list: picture, name, state, cheapest price (and what
 * shoppers pay now when a sale changes it), stock.
 */
export default async function PortalProductCard({
  product,
  locale,
}: {
  product: PortalProduct
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "portal.products" })
  const tVariant = await getTranslations({
    locale,
    namespace: "portal.variant",
  })
  const { price, shopperPrice } = cheapestPrices(product.variants)
  const stock = product.variants.reduce(
    (sum, variant) => sum + (variant.stock ?? 0),
    0
  )
  const state = product.archived
    ? t("archived")
    : product.status === "published"
      ? t("published")
      : t("draft")
  return (
    <Link
      href={`/portal/products/${product.id}`}
      data-testid={`portal-product-${product.handle}`}
      className="flex min-h-20 items-center gap-3 rounded-2xl border border-stone-200 bg-white p-3 hover:border-leaf-300"
    >
      <span className="relative size-16 shrink-0 overflow-hidden rounded-xl bg-earth-100">
        {product.thumbnail && (
          <Image
            src={product.thumbnail}
            alt=""
            fill
            sizes="64px"
            className="object-cover"
          />
        )}
      </span>
      <span className="min-w-0 flex-1">
        <span className="block truncate text-lg font-semibold">
          {product.title}
        </span>
        <span className="block text-base text-berry-600">
          {price !== null ? formatVnd(price) : t("noPrice")}
        </span>
        {shopperPrice !== null && (
          <span
            className="block text-sm text-leaf-800"
            data-testid="portal-variant-shopper-price"
          >
            {tVariant("shopperPrice", { price: formatVnd(shopperPrice) })}
          </span>
        )}
        <span className="block text-sm text-stone-600">
          {state} · {t("stock", { count: stock })}
          {!product.visible_to_shoppers && !product.archived
            ? ` · ${t("hidden")}`
            : ""}
        </span>
      </span>
      <span aria-hidden="true" className="text-2xl text-stone-600">
        ›
      </span>
    </Link>
  )
}
