import { LABELS, shopperReason } from "../copy"
import { formatVnd } from "../format"
import { EmailLayout } from "../layout"
import { ActionButton, Paragraph } from "../parts"
import type { EmailTemplate } from "../template"

const COPY = {
  vi: {
    subject: (n: number) => `Đã nhận thanh toán cho đơn hàng #${n}`,
    heading: "Chợ đã nhận tiền của bạn",
    paid: (n: number, total: string) =>
      `Đơn hàng #${n} đã được thanh toán đủ ${total}. Cảm ơn bạn!`,
    next: "Các nhà sản xuất đang chuẩn bị hàng. Khi hàng được gửi đi, chợ sẽ báo bạn kèm mã vận đơn.",
  },
  en: {
    subject: (n: number) => `Payment received for order #${n}`,
    heading: "We received your payment",
    paid: (n: number, total: string) =>
      `Order #${n} is paid in full: ${total}. Thank you!`,
    next: "The producers are preparing your goods. We will let you know, with the tracking number, when they are on their way.",
  },
} as const

/** Tells the shopper their money arrived and the order goes ahead. */
export const paymentReceived: EmailTemplate<"payment-received"> = {
  subject: ({ locale, facts }) => COPY[locale].subject(facts.displayId),
  Email: ({ locale, facts }) => {
    const copy = COPY[locale]
    const paid = copy.paid(facts.displayId, formatVnd(facts.total))
    return (
      <EmailLayout
        locale={locale}
        preview={paid}
        heading={copy.heading}
        reason={shopperReason(locale, facts.displayId)}
      >
        <Paragraph>{paid}</Paragraph>
        <Paragraph>{copy.next}</Paragraph>
        <ActionButton href={facts.orderUrl} label={LABELS[locale].viewOrder} />
      </EmailLayout>
    )
  },
}
