import Image from "next/image"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import type { Product } from "@/lib/data/catalogue/types"
import { formatVnd } from "@/lib/util/money"
import InSeasonBadge from "../in-season-badge"
import OcopStars from "../ocop-stars"
import SeasonLine from "../season-line"

export default async function ProductCard({
  product,
  locale,
  priority = false,
  showSeason = false,
  inSeason = false,
}: {
  product: Product
  locale: Locale
  priority?: boolean
  /** The producer's page tells its products' seasons apart; the shop's lists stay short. */
  showSeason?: boolean
  /** The backend listed it as in season this month. */
  inSeason?: boolean
}) {
  const t = await getTranslations({ locale, namespace: "products" })
  const prices = new Set(product.variants.map((v) => v.price))
  const price =
    product.minPrice === null
      ? t("noPrice")
      : prices.size > 1
        ? t("from", { price: formatVnd(product.minPrice) })
        : formatVnd(product.minPrice)
  return (
    <Link
      href={`/products/${product.handle}`}
      data-testid="product-card"
      data-handle={product.handle}
      className="group flex flex-col overflow-hidden rounded-2xl border border-earth-200 bg-white shadow-sm transition hover:-translate-y-0.5 hover:shadow-md"
    >
      <div className="relative aspect-square bg-earth-100">
        {product.thumbnail && (
          <Image
            src={product.thumbnail}
            alt={product.title}
            fill
            priority={priority}
            sizes="(min-width: 1024px) 280px, (min-width: 640px) 33vw, 50vw"
            className="object-cover transition group-hover:scale-[1.02]"
          />
        )}
        <div className="absolute left-2 top-2">
          <OcopStars certificate={product.certificate} locale={locale} />
        </div>
      </div>
      <div className="flex flex-1 flex-col gap-1 p-3">
        <h3
          data-testid="product-title"
          className="line-clamp-2 font-semibold text-stone-900 group-hover:text-leaf-700"
        >
          {product.title}
        </h3>
        {product.producer && (
          <p className="line-clamp-1 text-xs text-stone-600">
            {t("by", { producer: product.producer.name })}
          </p>
        )}
        {showSeason ? (
          <SeasonLine
            season={product.season}
            locale={locale}
            size="sm"
            testId="product-card-season"
            inSeason={inSeason}
          />
        ) : (
          inSeason && <InSeasonBadge locale={locale} />
        )}
        <p
          data-testid="product-price"
          className="mt-auto pt-1 font-bold text-berry-600"
        >
          {price}
        </p>
      </div>
    </Link>
  )
}
