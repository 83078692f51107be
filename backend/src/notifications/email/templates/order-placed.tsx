import type { MessageLocale, OrderPayment } from "../../kinds"
import { LABELS, shopperReason } from "../copy"
import { formatVnd } from "../format"
import { EmailLayout } from "../layout"
import {
  ActionButton,
  DetailRows,
  lineRows,
  Paragraph,
  SectionTitle,
} from "../parts"
import { VietqrPaymentSection } from "../payment"
import type { EmailTemplate } from "../template"

const COPY = {
  vi: {
    subjectAwaiting: (n: number) => `Đơn hàng #${n} đang chờ bạn chuyển khoản`,
    subject: (n: number) => `Chợ OCOP Xuân Thọ đã nhận đơn hàng #${n}`,
    heading: "Cảm ơn bạn đã đặt hàng!",
    received: (n: number) => `Chợ đã nhận đơn hàng #${n} của bạn.`,
    awaiting:
      "Đơn hàng được xác nhận ngay khi tiền chuyển khoản về tài khoản của chợ.",
    paidVnpay: "Bạn đã thanh toán qua VNPay.",
    paidCard: "Bạn đã thanh toán bằng thẻ.",
    next: "Khi hàng được gửi đi, chợ sẽ báo bạn kèm mã vận đơn.",
  },
  en: {
    subjectAwaiting: (n: number) => `Order #${n} is waiting for your transfer`,
    subject: (n: number) => `Xuân Thọ OCOP Market received order #${n}`,
    heading: "Thank you for your order!",
    received: (n: number) => `We received your order #${n}.`,
    awaiting:
      "The order is confirmed as soon as your transfer reaches the market's account.",
    paidVnpay: "You paid through VNPay.",
    paidCard: "You paid by card.",
    next: "We will let you know, with the tracking number, when the goods are on their way.",
  },
} as const

function paymentNote(payment: OrderPayment, locale: MessageLocale) {
  const copy = COPY[locale]
  switch (payment.kind) {
    case "vietqr":
      return copy.awaiting
    case "vnpay":
      return copy.paidVnpay
    case "card":
      return copy.paidCard
    default:
      return null
  }
}

/** The shopper's receipt; for a VietQR order, also everything needed to pay. */
export const orderPlaced: EmailTemplate<"order-placed"> = {
  subject: ({ locale, facts }) =>
    facts.payment.kind === "vietqr"
      ? COPY[locale].subjectAwaiting(facts.displayId)
      : COPY[locale].subject(facts.displayId),
  Email: ({ locale, facts }) => {
    const copy = COPY[locale]
    const labels = LABELS[locale]
    const note = paymentNote(facts.payment, locale)
    return (
      <EmailLayout
        locale={locale}
        preview={`${copy.received(facts.displayId)} ${note ?? ""}`.trim()}
        heading={copy.heading}
        reason={shopperReason(locale, facts.displayId)}
      >
        <Paragraph>
          {copy.received(facts.displayId)} {note}
        </Paragraph>
        {facts.payment.kind === "vietqr" ? (
          <VietqrPaymentSection
            payment={facts.payment}
            locale={locale}
            holdMinutes={facts.holdMinutes}
          />
        ) : null}
        <SectionTitle>{labels.items}</SectionTitle>
        <DetailRows
          rows={[
            ...lineRows(facts.lines, locale),
            { label: labels.itemTotal, value: formatVnd(facts.itemTotal) },
            { label: labels.shipping, value: formatVnd(facts.shippingTotal) },
            {
              label: labels.total,
              value: formatVnd(facts.total),
              strong: true,
            },
          ]}
        />
        <ActionButton href={facts.orderUrl} label={labels.viewOrder} />
        <Paragraph>{copy.next}</Paragraph>
      </EmailLayout>
    )
  },
}
