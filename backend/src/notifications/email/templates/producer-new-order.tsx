import { producerReason } from "../copy"
import { EmailLayout } from "../layout"
import {
  ActionButton,
  DetailRows,
  lineRows,
  Panel,
  Paragraph,
  SectionTitle,
} from "../parts"
import type { EmailTemplate } from "../template"

const COPY = {
  vi: {
    subject: (n: number, producer: string) =>
      `Đơn hàng mới #${n} cho ${producer}`,
    heading: "Bạn có đơn hàng mới",
    intro: (n: number, producer: string) =>
      `Đơn hàng #${n} có các sản phẩm dưới đây của ${producer}.`,
    shipTo: "Giao đến",
    recipient: "Người nhận",
    phone: "Điện thoại",
    address: "Địa chỉ",
    next: "Cổng nhà sản xuất cho biết đơn đã thanh toán và sẵn sàng gửi chưa. Khi gửi hàng, hãy đánh dấu đã gửi kèm mã vận đơn để khách theo dõi.",
    open: "Mở đơn hàng trong cổng nhà sản xuất",
  },
  en: {
    subject: (n: number, producer: string) => `New order #${n} for ${producer}`,
    heading: "You have a new order",
    intro: (n: number, producer: string) =>
      `Order #${n} includes the items of ${producer} below.`,
    shipTo: "Deliver to",
    recipient: "Recipient",
    phone: "Phone",
    address: "Address",
    next: "The producer portal shows whether the order is paid and ready to ship. When you ship it, mark it as shipped with the tracking number so that the shopper can follow it.",
    open: "Open the order in the producer portal",
  },
} as const

/** A producer's share of a new order: its own lines and where to send them, nothing else. */
export const producerNewOrder: EmailTemplate<"producer-new-order"> = {
  subject: ({ locale, facts }) =>
    COPY[locale].subject(facts.displayId, facts.producerName),
  Email: ({ locale, facts }) => {
    const copy = COPY[locale]
    const intro = copy.intro(facts.displayId, facts.producerName)
    return (
      <EmailLayout
        locale={locale}
        preview={intro}
        heading={copy.heading}
        reason={producerReason(locale, facts.producerName)}
      >
        <Paragraph>{intro}</Paragraph>
        <DetailRows rows={lineRows(facts.lines, locale)} />
        <Panel>
          <SectionTitle>{copy.shipTo}</SectionTitle>
          <DetailRows
            rows={[
              { label: copy.recipient, value: facts.shipTo.name },
              { label: copy.phone, value: facts.shipTo.phone },
            ]}
          />
          <Paragraph>
            {copy.address}:
            {facts.shipTo.lines.map((line, index) => (
              <span key={index}>
                <br />
                {line}
              </span>
            ))}
          </Paragraph>
        </Panel>
        <Paragraph>{copy.next}</Paragraph>
        <ActionButton href={facts.portalUrl} label={copy.open} />
      </EmailLayout>
    )
  },
}
