import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import { readyToShip, shipsOncePaid } from "@/lib/data/portal/shipping"
import type { PortalOrder } from "@/lib/data/portal/types"
import { formatCalendarDay } from "@/lib/util/date"
import { formatVnd } from "@/lib/util/money"
import OrderPaymentBadge from "../components/order-payment-badge"
import ShipForm from "../components/ship-form"

/**
 * The member's orders: its own lines, whether the money has arrived, where to send them, and
 * "mark shipped" once it has.
 */
export default async function OrdersTemplate({
  orders,
  locale,
}: {
  orders: PortalOrder[]
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "portal.orders" })
  const tp = await getTranslations({ locale, namespace: "preorder" })
  const date = new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Ho_Chi_Minh",
  })
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-leaf-800">{t("title")}</h1>
      {!orders.length && (
        <p className="text-base text-stone-600">{t("empty")}</p>
      )}
      <ul className="space-y-4">
        {orders.map((order) => (
          <li
            key={order.id}
            // The new-order email links here: /portal/orders#order-<number>.
            id={`order-${order.display_id}`}
            data-testid={`portal-order-${order.display_id}`}
            data-order-id={order.id}
            className="space-y-3 rounded-2xl border border-stone-200 bg-white p-4"
          >
            <header className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 className="text-lg font-semibold">
                {t("number", { number: order.display_id })}
              </h2>
              <span className="text-sm text-stone-600">
                {date.format(new Date(order.created_at))}
              </span>
              <OrderPaymentBadge
                status={order.payment_status}
                locale={locale}
              />
            </header>
            <ul className="space-y-1 text-base">
              {order.items.map((item) => (
                <li key={item.id} data-testid="portal-order-line">
                  {t("line", {
                    title: item.title,
                    variant: item.variant_title ?? "",
                    quantity: item.quantity,
                  })}
                  {item.shipsOn && (
                    <span
                      data-testid="line-ships-on"
                      className="block text-sm font-medium text-amber-900"
                    >
                      {tp("shipsOn", {
                        date:
                          formatCalendarDay(item.shipsOn, locale) ??
                          item.shipsOn,
                      })}
                    </span>
                  )}
                </li>
              ))}
            </ul>
            <p className="text-base font-semibold text-berry-600">
              {t("total", { total: formatVnd(order.total) })}
            </p>
            {order.shipping_address && (
              <div className="rounded-xl bg-earth-50 p-3 text-base">
                <p className="text-sm text-stone-600">{t("shipTo")}</p>
                <p className="font-medium">{order.shipping_address.name}</p>
                {order.shipping_address.phone && (
                  <p>
                    <a
                      href={`tel:${order.shipping_address.phone}`}
                      className="underline"
                    >
                      {order.shipping_address.phone}
                    </a>
                  </p>
                )}
                <p>
                  {[
                    order.shipping_address.address,
                    order.shipping_address.province,
                  ]
                    .filter(Boolean)
                    .join(", ")}
                </p>
              </div>
            )}
            {order.shipments.map((shipment, index) => (
              <div key={index} className="text-base text-leaf-800">
                <p data-testid="portal-order-shipped">
                  {t("shipped", {
                    carrier: shipment.carrier ?? "",
                    tracking: shipment.tracking_numbers.join(", "),
                  })}
                </p>
                {shipment.tracking.map(({ number, url }) =>
                  url ? (
                    <a
                      key={number}
                      href={url}
                      target="_blank"
                      rel="noopener noreferrer"
                      className="block font-semibold underline"
                      data-testid="portal-order-tracking-link"
                    >
                      {t("trackLink", { number })}
                    </a>
                  ) : null
                )}
              </div>
            ))}
            {readyToShip(order) && (
              <ShipForm orderId={order.id} locale={locale} />
            )}
            {shipsOncePaid(order) && (
              <p
                data-testid="portal-ship-when-paid"
                className="rounded-xl bg-amber-100 p-3 text-base text-amber-900"
              >
                {t("shipWhenPaid")}
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
