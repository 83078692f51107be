import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import type { Product } from "@/lib/data/catalogue/types"
import { formatCalendarDay } from "@/lib/util/date"
import { formatVndOrNull } from "@/lib/util/money"
import ProducerCard from "@/modules/producers/components/producer-card"
import PageShare from "@/modules/share/components/page-share"
import ShareVisit from "@/modules/share/components/share-visit"
import CertificateBlock from "../components/certificate-block"
import MarketplaceLinks from "../components/marketplace-links"
import OcopStars from "../components/ocop-stars"
import ProductActions, {
  type VariantOption,
} from "../components/product-actions"
import ProductGallery from "../components/product-gallery"
import ProductJsonLd from "../components/product-json-ld"
import SeasonLine from "../components/season-line"

export default async function ProductTemplate({
  product,
  inSeason = false,
  locale,
}: {
  product: Product
  /** The backend listed it as in season this month: the season line wears the badge. */
  inSeason?: boolean
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "product" })
  const tc = await getTranslations({ locale, namespace: "common" })
  const tp = await getTranslations({ locale, namespace: "products" })
  const tpre = await getTranslations({ locale, namespace: "preorder" })
  const variants: VariantOption[] = product.variants.map((variant) => ({
    id: variant.id,
    title: variant.title,
    price: formatVndOrNull(variant.price),
    originalPrice: formatVndOrNull(variant.originalPrice),
    inStock: variant.inStock,
    onPreorder: variant.onPreorder,
    inventoryQuantity: variant.inventoryQuantity,
  }))
  const shipsOn = formatCalendarDay(product.preorder?.shipsOn, locale)
  // Worded here: the product form's client messages carry no pre-order namespace.
  const preorder =
    product.preorder && shipsOn
      ? {
          button: tpre("button"),
          note: tpre("note", {
            date: shipsOn,
            remaining: product.preorder.remaining,
          }),
        }
      : null
  const category = product.categories[0]

  return (
    <div className="mx-auto max-w-6xl px-4 py-6">
      <ProductJsonLd product={product} locale={locale} />
      <ShareVisit page="product" handle={product.handle} />
      <nav aria-label={t("breadcrumb")} className="mb-4 text-sm text-stone-600">
        <ol className="flex flex-wrap gap-1">
          <li>
            <Link href="/products" className="hover:text-leaf-700">
              {tc("nav.products")}
            </Link>
          </li>
          {category && (
            <li>
              <span aria-hidden="true">/ </span>
              <Link
                href={{
                  pathname: "/products",
                  query: { category: category.handle },
                }}
                className="hover:text-leaf-700"
              >
                {category.name}
              </Link>
            </li>
          )}
        </ol>
      </nav>

      <div className="grid gap-8 md:grid-cols-2">
        <ProductGallery
          images={product.images}
          title={product.title}
          locale={locale}
        />

        <div className="space-y-6">
          <div className="space-y-2">
            <OcopStars
              certificate={product.certificate}
              locale={locale}
              size="lg"
            />
            <h1
              data-testid="product-title"
              className="text-2xl font-bold text-leaf-900 sm:text-3xl"
            >
              {product.title}
            </h1>
            {product.subtitle && (
              <p className="text-stone-600">{product.subtitle}</p>
            )}
            <SeasonLine
              season={product.season}
              locale={locale}
              testId="product-season"
              inSeason={inSeason}
            />
          </div>

          <ProductActions
            variants={variants}
            noPriceLabel={tp("noPrice")}
            preorder={preorder}
          />

          <MarketplaceLinks listings={product.listings} locale={locale} />

          <PageShare
            locale={locale}
            path={`/products/${product.handle}`}
            title={product.title}
          />

          <CertificateBlock certificate={product.certificate} locale={locale} />

          {product.producer && (
            <section aria-labelledby="producer-heading" className="space-y-2">
              <h2
                id="producer-heading"
                className="text-sm font-medium text-stone-600"
              >
                {t("producerHeading")}
              </h2>
              <ProducerCard
                producer={product.producer}
                locale={locale}
                showAction
              />
            </section>
          )}
        </div>
      </div>

      {product.description && (
        <section
          aria-labelledby="description-heading"
          className="mt-10 max-w-3xl"
        >
          <h2
            id="description-heading"
            className="text-xl font-semibold text-leaf-900"
          >
            {t("description")}
          </h2>
          <div
            data-testid="product-description"
            className="mt-3 leading-relaxed whitespace-pre-line text-stone-700"
          >
            {product.description}
          </div>
        </section>
      )}
    </div>
  )
}
