import Image from "next/image"
import { NextIntlClientProvider } from "next-intl"
import { getMessages, getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import type { OrderView } from "@/lib/data/checkout/orders"
import type { OrderMessages as Messages } from "@/lib/data/checkout/order-messages"
import type { OrderDelivery } from "@/lib/data/checkout/types"
import { formatCalendarDay } from "@/lib/util/date"
import { formatVnd } from "@/lib/util/money"
import DiscountAmount from "@/modules/cart/components/discount-amount"
import CopyButton from "../components/copy-button"
import DeliveryDetails from "../components/delivery-details"
import OrderMessages from "../components/order-messages"
import PaymentWatcher from "../components/payment-watcher"
import SaveQrButton from "../components/save-qr"
import ShareProof from "../components/share-proof"

export default async function OrderTemplate({
  order,
  delivery,
  messages,
  locale,
}: {
  order: OrderView
  /** Null unless this browser holds a proof for the order. */
  delivery: OrderDelivery | null
  /** Null unless this browser holds a proof for the order. */
  messages: Messages | null
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "order" })
  const tp = await getTranslations({ locale, namespace: "preorder" })
  const tpromo = await getTranslations({ locale, namespace: "promo" })
  // Copy buttons are client components: give them the order namespace.
  const { order: orderMessages } = await getMessages({ locale })
  const canceled = order.status === "canceled"
  const expired = !order.paid && !canceled && order.vietqr?.status === "expired"
  const awaitingTransfer =
    !order.paid && !canceled && !expired && !!order.vietqr
  const date = (value: string) =>
    new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "vi-VN", {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: "Asia/Ho_Chi_Minh",
    }).format(new Date(value))

  return (
    <NextIntlClientProvider locale={locale} messages={{ order: orderMessages }}>
      <div className="mx-auto max-w-2xl space-y-6 px-4 py-8">
        <header>
          <h1
            data-testid="order-title"
            className="text-2xl font-bold text-leaf-900 sm:text-3xl"
          >
            {t("title", { number: order.displayId })}
          </h1>
          <p className="text-sm text-stone-600">{date(order.createdAt)}</p>
          <p
            data-testid="order-payment-status"
            data-status={
              canceled
                ? "canceled"
                : order.paid
                  ? "paid"
                  : expired
                    ? "expired"
                    : "awaiting"
            }
            className={`mt-3 inline-block rounded-full px-3 py-1 text-sm font-semibold ${
              order.paid
                ? "bg-leaf-100 text-leaf-800"
                : canceled || expired
                  ? "bg-stone-200 text-stone-700"
                  : "bg-amber-100 text-amber-900"
            }`}
          >
            {canceled
              ? t("canceled")
              : order.paid
                ? t("paid")
                : expired
                  ? t("paymentExpired")
                  : t("awaitingPayment")}
          </p>
        </header>

        {expired && (
          <section
            data-testid="payment-expired"
            className="space-y-2 rounded-2xl border border-earth-200 bg-white p-4"
          >
            <h2 className="text-lg font-semibold">{t("paymentExpired")}</h2>
            <p className="text-sm text-stone-600">{t("expiredHint")}</p>
          </section>
        )}

        {awaitingTransfer && order.vietqr && (
          <section
            data-testid="vietqr-panel"
            className="space-y-4 rounded-2xl border border-earth-200 bg-white p-4"
          >
            <PaymentWatcher orderId={order.id} />
            <h2 className="text-lg font-semibold">{t("payByTransfer")}</h2>
            <p className="text-sm text-stone-600">{t("scanHint")}</p>
            <Image
              src={order.vietqr.qrDataUrl}
              alt={t("qrAlt", { reference: order.vietqr.reference })}
              width={320}
              height={320}
              unoptimized
              data-testid="vietqr-image"
              className="mx-auto size-64 max-w-full rounded-xl border border-earth-100"
            />
            <SaveQrButton
              qrDataUrl={order.vietqr.qrDataUrl}
              amount={formatVnd(order.vietqr.amount)}
              reference={order.vietqr.reference}
            />
            <dl className="space-y-2">
              {[
                { label: t("bank"), value: order.vietqr.bankName, copy: null },
                {
                  label: t("accountNumber"),
                  value: order.vietqr.accountNumber,
                  copy: "account",
                },
                {
                  label: t("accountName"),
                  value: order.vietqr.accountName,
                  copy: null,
                },
                {
                  label: t("amount"),
                  value: formatVnd(order.vietqr.amount),
                  copy: "amount",
                  raw: String(order.vietqr.amount),
                },
                {
                  label: t("reference"),
                  value: order.vietqr.reference,
                  copy: "reference",
                },
              ].map((row) => (
                <div
                  key={row.label}
                  className="flex flex-col gap-1 sm:flex-row sm:items-center sm:justify-between sm:gap-3"
                >
                  <dt className="text-sm text-stone-600">{row.label}</dt>
                  <dd className="flex min-h-11 min-w-0 items-center justify-between gap-2 font-semibold sm:justify-end sm:text-right">
                    <span
                      data-testid={row.copy ? `vietqr-${row.copy}` : undefined}
                      className="min-w-0 break-words"
                    >
                      {row.value}
                    </span>
                    {row.copy && (
                      <CopyButton
                        value={row.raw ?? row.value}
                        testId={`copy-${row.copy}`}
                      />
                    )}
                  </dd>
                </div>
              ))}
            </dl>
            <p className="text-sm text-stone-600">{t("referenceHint")}</p>
            {order.vietqr.expiresAt && (
              <p
                data-testid="vietqr-expires"
                className="text-sm font-medium text-amber-900"
              >
                {order.vietqr.lifetimeMinutes
                  ? t("holds", {
                      minutes: order.vietqr.lifetimeMinutes,
                      date: date(order.vietqr.expiresAt),
                    })
                  : t("expires", { date: date(order.vietqr.expiresAt) })}
              </p>
            )}
          </section>
        )}

        <section className="space-y-3 rounded-2xl border border-earth-200 bg-white p-4">
          <h2 className="text-lg font-semibold">{t("items")}</h2>
          <ul className="space-y-2">
            {order.lines.map((line) => (
              <li
                key={line.id}
                data-testid="order-line"
                className="flex justify-between gap-3"
              >
                <span>
                  {line.title}
                  {line.variant ? ` · ${line.variant}` : ""} × {line.quantity}
                  {line.shipsOn && (
                    <span
                      data-testid="line-ships-on"
                      className="block text-sm font-medium text-amber-900"
                    >
                      {tp("shipsOn", {
                        date:
                          formatCalendarDay(line.shipsOn, locale) ??
                          line.shipsOn,
                      })}
                    </span>
                  )}
                </span>
                <span className="shrink-0 text-right">
                  <span className="block font-medium">
                    {formatVnd(line.total)}
                  </span>
                  {line.discount > 0 && (
                    <DiscountAmount
                      amount={line.discount}
                      testId="line-discount"
                      className="block text-sm text-leaf-700"
                    />
                  )}
                </span>
              </li>
            ))}
          </ul>
          <div className="space-y-1 border-t border-earth-100 pt-2 text-sm">
            <div className="flex justify-between">
              <span>{t("itemTotal")}</span>
              <span>{formatVnd(order.itemSubtotal)}</span>
            </div>
            {order.discountTotal > 0 && (
              <div className="flex justify-between text-leaf-700">
                <span>{tpromo("discount")}</span>
                <DiscountAmount
                  amount={order.discountTotal}
                  testId="discount-total"
                />
              </div>
            )}
            <div className="flex justify-between">
              <span>{order.shippingMethod ?? t("shipping")}</span>
              <span>{formatVnd(order.shippingTotal)}</span>
            </div>
            <div className="flex justify-between text-base font-bold">
              <span>{t("total")}</span>
              <span data-testid="order-total">{formatVnd(order.total)}</span>
            </div>
          </div>
        </section>

        {delivery && (
          <>
            <ShareProof orderId={order.id} locale={locale} />
            <DeliveryDetails delivery={delivery} locale={locale} />
          </>
        )}
        {messages && <OrderMessages messages={messages} locale={locale} />}

        <section className="space-y-2 rounded-2xl border border-earth-200 bg-white p-4">
          <h2 className="text-lg font-semibold">{t("delivery")}</h2>
          <p data-testid="order-fulfillment-status">
            {order.shipments.length ? t("shipped") : t("notShipped")}
          </p>
          {order.shipments.map((shipment, index) => (
            <p key={index} className="text-sm" data-testid="order-shipment">
              {shipment.carrier && (
                <span className="block">
                  {t("carrier")}:{" "}
                  <span className="font-semibold">{shipment.carrier}</span>
                </span>
              )}
              {t("tracking")}:{" "}
              {shipment.trackingUrl ? (
                <a
                  href={shipment.trackingUrl}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="font-semibold text-leaf-700 underline"
                  data-testid="order-tracking-link"
                >
                  {shipment.trackingNumber ?? shipment.trackingUrl}
                </a>
              ) : (
                <span className="font-semibold">
                  {shipment.trackingNumber ?? "—"}
                </span>
              )}
            </p>
          ))}
        </section>
      </div>
    </NextIntlClientProvider>
  )
}
