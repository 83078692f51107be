import { LABELS, shopperReason } from "../copy"
import { formatVnd } from "../format"
import { EmailLayout } from "../layout"
import { ActionButton, Paragraph } from "../parts"
import type { EmailTemplate } from "../template"

const COPY = {
  vi: {
    subject: (amount: string, n: number) =>
      `Đã hoàn ${amount} cho đơn hàng #${n}`,
    heading: "Chợ đã hoàn tiền cho bạn",
    refunded: (amount: string, n: number) =>
      `Chợ đã hoàn lại ${amount} cho đơn hàng #${n}.`,
    arrival:
      "Tiền được trả về tài khoản hoặc thẻ bạn đã dùng để thanh toán. Tuỳ ngân hàng, tiền có thể về sau vài ngày làm việc.",
  },
  en: {
    subject: (amount: string, n: number) =>
      `${amount} refunded for order #${n}`,
    heading: "We refunded you",
    refunded: (amount: string, n: number) =>
      `We refunded ${amount} for order #${n}.`,
    arrival:
      "The money goes back to the account or card you paid with. Depending on your bank, it may take a few working days to arrive.",
  },
} as const

/** Tells the shopper how much came back and where to look for it. */
export const paymentRefunded: EmailTemplate<"payment-refunded"> = {
  subject: ({ locale, facts }) =>
    COPY[locale].subject(formatVnd(facts.amount), facts.displayId),
  Email: ({ locale, facts }) => {
    const copy = COPY[locale]
    const refunded = copy.refunded(formatVnd(facts.amount), facts.displayId)
    return (
      <EmailLayout
        locale={locale}
        preview={refunded}
        heading={copy.heading}
        reason={shopperReason(locale, facts.displayId)}
      >
        <Paragraph>{refunded}</Paragraph>
        <Paragraph>{copy.arrival}</Paragraph>
        <ActionButton href={facts.orderUrl} label={LABELS[locale].viewOrder} />
      </EmailLayout>
    )
  },
}
