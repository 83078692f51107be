import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import type { Paginated, ProducerListItem } from "@/lib/data/catalogue/types"
import Pagination from "@/modules/common/components/pagination"
import ShareVisit from "@/modules/share/components/share-visit"
import ProducerCard from "../components/producer-card"

export default async function ProducersListTemplate({
  producers,
  locale,
}: {
  producers: Paginated<ProducerListItem>
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "producers" })
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <ShareVisit page="list" />
      <h1 className="text-2xl font-bold text-leaf-900 sm:text-3xl">
        {t("title")}
      </h1>
      <p className="mt-2 max-w-2xl text-stone-600">{t("intro")}</p>
      {producers.items.length ? (
        <ul className="mt-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {producers.items.map((producer) => (
            <li key={producer.id}>
              <ProducerCard
                producer={producer}
                locale={locale}
                productCount={producer.productCount}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-6 text-stone-600">{t("empty")}</p>
      )}
      <Pagination
        locale={locale}
        page={producers.page}
        pageCount={producers.pageCount}
        pathname="/producers"
      />
    </div>
  )
}
