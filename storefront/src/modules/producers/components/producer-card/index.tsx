import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import type { Producer } from "@/lib/data/catalogue/types"
import { producerLocation } from "../producer-location"

const KINDS = ["cooperative", "farm", "household", "enterprise"] as const

export default async function ProducerCard({
  producer,
  locale,
  productCount,
  showAction = false,
}: {
  producer: Producer
  locale: Locale
  productCount?: number
  showAction?: boolean
}) {
  const t = await getTranslations({ locale, namespace: "producers" })
  const tp = await getTranslations({ locale, namespace: "product" })
  const kind = KINDS.find((k) => k === producer.kind) ?? "other"
  const location = producerLocation(producer)
  return (
    <Link
      href={`/producers/${producer.handle}`}
      data-testid="producer-card"
      data-handle={producer.handle}
      className="flex items-start gap-3 rounded-2xl border border-earth-200 bg-white p-4 shadow-sm transition hover:border-leaf-300 hover:shadow-md"
    >
      <span
        aria-hidden="true"
        className="grid size-12 shrink-0 place-items-center rounded-full bg-leaf-100 text-lg font-bold text-leaf-700"
      >
        {producer.name.charAt(0).toUpperCase()}
      </span>
      <span className="min-w-0 flex-1 space-y-0.5">
        <span className="block text-xs font-medium uppercase tracking-wide text-earth-600">
          {t(`kinds.${kind}`)}
        </span>
        <span
          data-testid="producer-name"
          className="block font-semibold text-stone-900"
        >
          {producer.name}
        </span>
        {location && (
          <span className="block text-sm text-stone-600">{location}</span>
        )}
        {typeof productCount === "number" && (
          <span className="block text-sm text-leaf-700">
            {t("productCount", { count: productCount })}
          </span>
        )}
        {showAction && (
          <span className="mt-1 block text-sm font-semibold text-leaf-700">
            {tp("viewProducer")} →
          </span>
        )}
      </span>
    </Link>
  )
}
