import { LABELS, shopperReason } from "../copy"
import { EmailLayout } from "../layout"
import { ActionButton, Paragraph } from "../parts"
import type { EmailTemplate } from "../template"

const COPY = {
  vi: {
    subject: (n: number) => `Đơn hàng #${n} đã được huỷ`,
    heading: "Đơn hàng của bạn đã được huỷ",
    cancelled: (n: number) =>
      `Đơn hàng #${n} đã được huỷ và hàng đã được trả lại kho.`,
    refund:
      "Nếu bạn đã thanh toán cho đơn này, chợ sẽ hoàn lại tiền cho bạn và gửi email báo khi hoàn xong.",
  },
  en: {
    subject: (n: number) => `Order #${n} has been cancelled`,
    heading: "Your order has been cancelled",
    cancelled: (n: number) =>
      `Order #${n} has been cancelled and its goods went back on the shelf.`,
    refund:
      "If you already paid for it, the market refunds you and emails you once the refund is done.",
  },
} as const

/** Tells the shopper the order will not be delivered, and what happens to money already paid. */
export const orderCancelled: EmailTemplate<"order-cancelled"> = {
  subject: ({ locale, facts }) => COPY[locale].subject(facts.displayId),
  Email: ({ locale, facts }) => {
    const copy = COPY[locale]
    return (
      <EmailLayout
        locale={locale}
        preview={copy.cancelled(facts.displayId)}
        heading={copy.heading}
        reason={shopperReason(locale, facts.displayId)}
      >
        <Paragraph>{copy.cancelled(facts.displayId)}</Paragraph>
        <Paragraph>{copy.refund}</Paragraph>
        <ActionButton href={facts.orderUrl} label={LABELS[locale].viewOrder} />
      </EmailLayout>
    )
  },
}
