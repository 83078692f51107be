import { LABELS, shopperReason } from "../copy"
import { EmailLayout } from "../layout"
import { ActionButton, Paragraph } from "../parts"
import type { EmailTemplate } from "../template"

const COPY = {
  vi: {
    subject: (n: number) => `Đơn hàng #${n} đã hết hạn thanh toán`,
    heading: "Đơn hàng đã hết hạn thanh toán",
    expired: (n: number) =>
      `Chợ chưa nhận được tiền chuyển khoản cho đơn hàng #${n} trong thời gian giữ hàng, nên hàng đã được trả lại kho.`,
    late: "Nếu bạn vừa chuyển khoản, đơn vẫn được xác nhận khi còn hàng; nếu hàng đã hết, chợ sẽ hoàn lại tiền cho bạn.",
    cancel: (hours: number) =>
      `Nếu bạn không muốn mua nữa thì không cần làm gì: nếu không có chuyển khoản trong ${hours} giờ tới, đơn sẽ tự huỷ.`,
  },
  en: {
    subject: (n: number) => `The payment window for order #${n} has closed`,
    heading: "The payment window has closed",
    expired: (n: number) =>
      `Your transfer for order #${n} did not arrive while we held the goods, so they went back on the shelf.`,
    late: "If you have just transferred, the order is still confirmed while stock lasts; if it has sold out, the market refunds you.",
    cancel: (hours: number) =>
      `If you no longer want it, there is nothing to do: without a transfer in the next ${hours} hours, the order cancels itself.`,
  },
} as const

/** A VietQR order whose hold ran out: what a late transfer still does, and when it ends. */
export const paymentExpired: EmailTemplate<"payment-expired"> = {
  subject: ({ locale, facts }) => COPY[locale].subject(facts.displayId),
  Email: ({ locale, facts }) => {
    const copy = COPY[locale]
    return (
      <EmailLayout
        locale={locale}
        preview={copy.expired(facts.displayId)}
        heading={copy.heading}
        reason={shopperReason(locale, facts.displayId)}
      >
        <Paragraph>{copy.expired(facts.displayId)}</Paragraph>
        <Paragraph>{copy.late}</Paragraph>
        <Paragraph>{copy.cancel(facts.graceHours)}</Paragraph>
        <ActionButton href={facts.orderUrl} label={LABELS[locale].viewOrder} />
      </EmailLayout>
    )
  },
}
