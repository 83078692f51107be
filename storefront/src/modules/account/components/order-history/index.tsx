import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import type { AccountOrder } from "@/lib/data/account/types"
import { isPaid } from "@/lib/data/checkout/reshape"
import { formatDate } from "@/lib/util/date"
import { formatVnd } from "@/lib/util/money"

function paymentWord(order: AccountOrder): "paid" | "canceled" | "awaiting" {
  if (order.status === "canceled") return "canceled"
  return isPaid(order.paymentStatus) ? "paid" : "awaiting"
}

/** The account's orders, newest first, each opening its order page. */
export default async function OrderHistory({
  orders,
  locale,
}: {
  orders: AccountOrder[]
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "account.history" })
  if (orders.length === 0) {
    return (
      <p data-testid="account-history-empty" className="text-stone-600">
        {t("empty")}
      </p>
    )
  }
  return (
    <ul className="space-y-3" data-testid="account-history">
      {orders.map((order) => (
        <li key={order.id}>
          <Link
            href={`/orders/${encodeURIComponent(order.id)}`}
            data-testid="account-order"
            data-display-id={order.displayId}
            className="block min-h-12 rounded-2xl border border-earth-200 bg-white p-4 hover:border-leaf-600"
          >
            <span className="flex flex-wrap items-baseline justify-between gap-x-3">
              <span className="font-semibold text-leaf-900">
                {t("number", { number: order.displayId })}
              </span>
              <span className="font-semibold">{formatVnd(order.total)}</span>
            </span>
            <span className="mt-1 block break-words text-sm text-stone-700">
              {order.lines
                .map((line) => `${line.title} × ${line.quantity}`)
                .join(", ")}
            </span>
            <span className="mt-1 flex flex-wrap justify-between gap-x-3 text-sm text-stone-600">
              <span>{formatDate(order.createdAt, locale)}</span>
              <span data-testid="account-order-payment">
                {t(`payment.${paymentWord(order)}`)}
              </span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  )
}
