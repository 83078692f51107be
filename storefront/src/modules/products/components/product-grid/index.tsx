import type { Locale } from "@/i18n/routing"
import type { Product } from "@/lib/data/catalogue/types"
import ProductCard from "../product-card"

export default function ProductGrid({
  products,
  locale,
  priorityCount = 0,
  showSeason = false,
  inSeasonIds = [],
}: {
  products: Product[]
  locale: Locale
  priorityCount?: number
  showSeason?: boolean
  /** The products the backend listed as in season this month: their cards wear the badge. */
  inSeasonIds?: readonly string[]
}) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-4">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard
            product={product}
            locale={locale}
            priority={index < priorityCount}
            showSeason={showSeason}
            inSeason={inSeasonIds.includes(product.id)}
          />
        </li>
      ))}
    </ul>
  )
}
