import { LABELS, shopperReason } from "../copy"
import { EmailLayout } from "../layout"
import {
  ActionButton,
  DetailRows,
  lineRows,
  Paragraph,
  SectionTitle,
} from "../parts"
import type { EmailTemplate } from "../template"

const COPY = {
  vi: {
    subject: (n: number) => `Đơn hàng #${n} đã được gửi đi`,
    heading: "Hàng của bạn đang trên đường đến",
    shipped: (producer: string, n: number) =>
      `${producer} đã gửi các sản phẩm dưới đây của đơn hàng #${n}.`,
    shipment: "Vận chuyển",
    carrier: "Đơn vị vận chuyển",
    trackingNumber: "Mã vận đơn",
    track: "Theo dõi vận đơn",
    others:
      "Nếu đơn hàng còn sản phẩm của nhà sản xuất khác, họ sẽ gửi riêng và chợ sẽ báo bạn trong email khác.",
  },
  en: {
    subject: (n: number) => `Order #${n} is on its way`,
    heading: "Your goods are on their way",
    shipped: (producer: string, n: number) =>
      `${producer} has shipped the items below from order #${n}.`,
    shipment: "Shipment",
    carrier: "Carrier",
    trackingNumber: "Tracking number",
    track: "Track the parcel",
    others:
      "If the order has items from other producers, they ship them separately and we will tell you in another email.",
  },
} as const

/** One producer's parcel of an order: what is in it and how to follow it. */
export const orderShipped: EmailTemplate<"order-shipped"> = {
  subject: ({ locale, facts }) => COPY[locale].subject(facts.displayId),
  Email: ({ locale, facts }) => {
    const copy = COPY[locale]
    const shipped = copy.shipped(facts.producerName, facts.displayId)
    return (
      <EmailLayout
        locale={locale}
        preview={shipped}
        heading={copy.heading}
        reason={shopperReason(locale, facts.displayId)}
      >
        <Paragraph>{shipped}</Paragraph>
        <DetailRows rows={lineRows(facts.lines, locale)} />
        <SectionTitle>{copy.shipment}</SectionTitle>
        <DetailRows
          rows={[
            { label: copy.carrier, value: facts.carrier },
            {
              label: copy.trackingNumber,
              value: facts.trackingNumber,
              strong: true,
            },
          ]}
        />
        {facts.trackingUrl ? (
          <ActionButton href={facts.trackingUrl} label={copy.track} />
        ) : null}
        <ActionButton
          href={facts.orderUrl}
          label={LABELS[locale].viewOrder}
          secondary={!!facts.trackingUrl}
        />
        <Paragraph>{copy.others}</Paragraph>
      </EmailLayout>
    )
  },
}
