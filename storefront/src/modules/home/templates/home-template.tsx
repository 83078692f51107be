import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import type { Product, ProducerListItem } from "@/lib/data/catalogue/types"
import SectionHeading from "@/modules/common/components/section-heading"
import ProducerCard from "@/modules/producers/components/producer-card"
import ProductGrid from "@/modules/products/components/product-grid"
import ShareVisit from "@/modules/share/components/share-visit"

export default async function HomeTemplate({
  featured,
  producers,
  locale,
}: {
  featured: Product[]
  producers: ProducerListItem[]
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "home" })
  const tc = await getTranslations({ locale, namespace: "common" })
  const moreLink =
    "shrink-0 text-sm font-semibold text-leaf-700 hover:text-leaf-900"
  return (
    <>
      <ShareVisit page="home" />
      <section className="bg-gradient-to-b from-leaf-800 to-leaf-700 text-white">
        <div className="mx-auto max-w-6xl px-4 py-12 sm:py-16">
          <p className="text-sm font-medium uppercase tracking-wide text-leaf-200">
            {t("eyebrow")}
          </p>
          <h1
            data-testid="brand-line"
            className="mt-2 max-w-2xl text-3xl font-bold leading-tight sm:text-5xl"
          >
            {tc("tagline")}
          </h1>
          <p className="mt-4 max-w-2xl text-leaf-100 sm:text-lg">
            {t("intro")}
          </p>
          <div className="mt-6 flex flex-wrap gap-3">
            <Link
              href="/products"
              className="rounded-full bg-white px-5 py-2.5 font-semibold text-leaf-800 hover:bg-leaf-50"
            >
              {t("shopNow")}
            </Link>
            <Link
              href="/producers"
              className="rounded-full border border-leaf-300 px-5 py-2.5 font-semibold text-white hover:bg-leaf-600"
            >
              {t("meetProducers")}
            </Link>
          </div>
        </div>
      </section>

      <section className="mx-auto max-w-6xl px-4 pt-10">
        <SectionHeading
          title={t("featured")}
          action={
            <Link href="/products" className={moreLink}>
              {t("allProducts")} →
            </Link>
          }
        />
        <ProductGrid products={featured} locale={locale} priorityCount={2} />
      </section>

      {producers.length > 0 && (
        <section className="mx-auto max-w-6xl px-4 pt-12">
          <SectionHeading
            title={t("producers")}
            action={
              <Link href="/producers" className={moreLink}>
                {t("allProducers")} →
              </Link>
            }
          />
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {producers.map((producer) => (
              <li key={producer.id}>
                <ProducerCard
                  producer={producer}
                  locale={locale}
                  productCount={producer.productCount}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
