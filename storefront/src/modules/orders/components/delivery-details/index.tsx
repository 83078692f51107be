import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import type { OrderDelivery } from "@/lib/data/checkout/types"
import { formatVietnamesePhone } from "@/lib/util/phone"

/** "Delivering to": only the browser that placed or looked up the order gets to see it. */
export default async function DeliveryDetails({
  delivery,
  locale,
}: {
  delivery: OrderDelivery
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "order.deliveringTo" })
  const rows = [
    { key: "name", value: delivery.name },
    { key: "phone", value: formatVietnamesePhone(delivery.phone) },
    { key: "email", value: delivery.email },
    { key: "address", value: delivery.address },
  ] as const
  return (
    <section
      data-testid="order-delivery"
      className="space-y-2 rounded-2xl border border-earth-200 bg-white p-4"
    >
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <dl className="space-y-1">
        {rows.map(
          (row) =>
            row.value && (
              <div
                key={row.key}
                className="flex flex-wrap justify-between gap-x-3"
              >
                <dt className="text-sm text-stone-600">{t(row.key)}</dt>
                <dd
                  data-testid={`order-delivery-${row.key}`}
                  className="font-medium"
                >
                  {row.value}
                </dd>
              </div>
            )
        )}
      </dl>
    </section>
  )
}
