import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import type { OrderMessages as Messages } from "@/lib/data/checkout/order-messages"
import { formatVietnamesePhone } from "@/lib/util/phone"

const dateTime = (locale: Locale, iso: string) =>
  new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "vi-VN", {
    dateStyle: "short",
    timeStyle: "short",
    timeZone: "Asia/Ho_Chi_Minh",
  }).format(new Date(iso))

/**
 * Which messages the shopper received about this order and will still receive, and where, as
 * the backend decided: only the browser holding the order's proof sees it (it names the email
 * or Zalo number).
 */
export default async function OrderMessages({
  messages,
  locale,
}: {
  messages: Messages
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "order.messages" })
  const where =
    messages.channel === "zalo"
      ? t("onZalo", { phone: formatVietnamesePhone(messages.to) ?? "" })
      : messages.channel === "email"
        ? t("byEmail", { email: messages.to ?? "" })
        : t("nowhere")
  return (
    <section
      data-testid="order-messages"
      className="space-y-2 rounded-2xl border border-earth-200 bg-white p-4"
    >
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <p data-testid="order-messages-channel">{where}</p>
      {messages.channel && messages.ahead.length > 0 && (
        <div>
          <p className="text-sm text-stone-600">{t("ahead")}</p>
          <ul className="list-disc pl-5 text-sm">
            {messages.ahead.map((kind) => (
              <li key={kind} data-testid={`order-message-ahead-${kind}`}>
                {t(`kinds.${kind}`)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {messages.sent.length > 0 && (
        <div>
          <p className="text-sm text-stone-600">{t("sent")}</p>
          <ul className="space-y-1 text-sm">
            {messages.sent.map((sent) => (
              <li
                key={`${sent.kind}-${sent.sentAt}`}
                data-testid={`order-message-sent-${sent.kind}`}
                className="flex flex-wrap justify-between gap-x-3"
              >
                <span>
                  {t(`kinds.${sent.kind}`)} ·{" "}
                  {sent.channel === "zalo" ? "Zalo" : "Email"}
                </span>
                <span className="text-stone-600">
                  {dateTime(locale, sent.sentAt)}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
