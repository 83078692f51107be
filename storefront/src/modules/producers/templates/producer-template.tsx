import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import type { Product, ProducerWithProducts } from "@/lib/data/catalogue/types"
import { formatVietnamesePhone, phoneHref } from "@/lib/util/phone"
import ProductGrid from "@/modules/products/components/product-grid"
import PageShare from "@/modules/share/components/page-share"
import ShareVisit from "@/modules/share/components/share-visit"
import { producerLocation } from "../components/producer-location"

const KINDS = ["cooperative", "farm", "household", "enterprise"] as const

export default async function ProducerTemplate({
  producer,
  products,
  inSeasonIds = [],
  locale,
}: {
  producer: ProducerWithProducts
  /** The producer's products with prices, in the producer's order. */
  products: Product[]
  /** What the backend listed as in season this month: those cards wear the badge. */
  inSeasonIds?: readonly string[]
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "producers" })
  const kind = KINDS.find((k) => k === producer.kind) ?? "other"
  const story = producer.story[locale]
  const location = producerLocation(producer)
  const phone = formatVietnamesePhone(producer.phone)
  const tel = phoneHref(producer.phone)

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <ShareVisit page="producer" handle={producer.handle} />
      <header className="rounded-3xl bg-leaf-800 px-5 py-8 text-white sm:px-8">
        <p className="text-sm font-medium uppercase tracking-wide text-leaf-200">
          {t(`kinds.${kind}`)}
        </p>
        <h1
          data-testid="producer-title"
          className="mt-1 text-3xl font-bold sm:text-4xl"
        >
          {producer.name}
        </h1>
        <dl className="mt-4 grid gap-1 text-sm text-leaf-100 sm:grid-cols-2">
          {location && (
            <div>
              <dt className="sr-only">{t("address")}</dt>
              <dd>📍 {location}</dd>
            </div>
          )}
          {phone && (
            <div>
              <dt className="sr-only">{t("phone")}</dt>
              <dd>
                {tel ? (
                  <a href={tel} className="underline">
                    ☎ {phone}
                  </a>
                ) : (
                  <>☎ {phone}</>
                )}
              </dd>
            </div>
          )}
        </dl>
      </header>

      <div className="mt-4">
        <PageShare
          locale={locale}
          path={`/producers/${producer.handle}`}
          title={producer.name}
        />
      </div>

      <section className="mt-8 max-w-3xl" aria-labelledby="story-heading">
        <h2 id="story-heading" className="text-xl font-semibold text-leaf-900">
          {t("story")}
        </h2>
        <div
          data-testid="producer-story"
          lang={story ? locale : undefined}
          className="mt-3 space-y-3 leading-relaxed whitespace-pre-line text-stone-700"
        >
          {story ?? t("noStory")}
        </div>
      </section>

      <section className="mt-10" aria-labelledby="products-heading">
        <h2
          id="products-heading"
          className="mb-4 text-xl font-semibold text-leaf-900"
        >
          {t("products", { name: producer.name })}
        </h2>
        {products.length ? (
          <ProductGrid
            products={products}
            locale={locale}
            showSeason
            inSeasonIds={inSeasonIds}
          />
        ) : (
          <p className="text-stone-600">{t("noProducts")}</p>
        )}
      </section>
    </div>
  )
}
