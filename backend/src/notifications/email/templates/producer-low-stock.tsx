import type { MessageFacts, MessageLocale } from "../../kinds"
import { producerReason } from "../copy"
import { EmailLayout } from "../layout"
import { ActionButton, DetailRows, Paragraph } from "../parts"
import type { EmailTemplate } from "../template"

type Facts = MessageFacts["producer-low-stock"]

const COPY = {
  vi: {
    subjectLow: (item: string) => `Sắp hết hàng: ${item}`,
    subjectOut: (item: string) => `Đã hết hàng: ${item}`,
    headingLow: "Một sản phẩm sắp hết hàng",
    headingOut: "Một sản phẩm đã hết hàng",
    low: (item: string, stock: number, threshold: number) =>
      `${item} chỉ còn ${stock} (mức cảnh báo: ${threshold}).`,
    out: (item: string) =>
      `${item} đã hết hàng: khách không đặt thêm được cho đến khi bạn cập nhật số lượng.`,
    product: "Sản phẩm",
    variant: "Loại",
    stock: "Số lượng còn",
    threshold: "Mức cảnh báo",
    next: "Nếu bạn còn hàng, hãy cập nhật số lượng trong cổng nhà sản xuất để khách vẫn đặt được.",
    update: "Cập nhật số lượng",
  },
  en: {
    subjectLow: (item: string) => `Running low: ${item}`,
    subjectOut: (item: string) => `Sold out: ${item}`,
    headingLow: "A product is running low",
    headingOut: "A product has sold out",
    low: (item: string, stock: number, threshold: number) =>
      `Only ${stock} left of ${item} (warning level: ${threshold}).`,
    out: (item: string) =>
      `${item} has sold out: shoppers cannot order more until you update the quantity.`,
    product: "Product",
    variant: "Variant",
    stock: "Quantity left",
    threshold: "Warning level",
    next: "If you have more, update the quantity in the producer portal so that shoppers can keep ordering.",
    update: "Update the quantity",
  },
} as const

function itemName(facts: Facts) {
  return facts.variantTitle
    ? `${facts.productTitle} – ${facts.variantTitle}`
    : facts.productTitle
}

function copyFor(locale: MessageLocale, facts: Facts) {
  const copy = COPY[locale]
  const item = itemName(facts)
  const soldOut = facts.stock <= 0
  return {
    subject: soldOut ? copy.subjectOut(item) : copy.subjectLow(item),
    heading: soldOut ? copy.headingOut : copy.headingLow,
    summary: soldOut
      ? copy.out(item)
      : copy.low(item, facts.stock, facts.threshold),
  }
}

/** Warns a producer while there is still time to restock, or when a product can no longer sell. */
export const producerLowStock: EmailTemplate<"producer-low-stock"> = {
  subject: ({ locale, facts }) => copyFor(locale, facts).subject,
  Email: ({ locale, facts }) => {
    const copy = COPY[locale]
    const { heading, summary } = copyFor(locale, facts)
    return (
      <EmailLayout
        locale={locale}
        preview={summary}
        heading={heading}
        reason={producerReason(locale, facts.producerName)}
      >
        <Paragraph>{summary}</Paragraph>
        <DetailRows
          rows={[
            { label: copy.product, value: facts.productTitle },
            ...(facts.variantTitle
              ? [{ label: copy.variant, value: facts.variantTitle }]
              : []),
            { label: copy.stock, value: String(facts.stock), strong: true },
            { label: copy.threshold, value: String(facts.threshold) },
          ]}
        />
        <Paragraph>{copy.next}</Paragraph>
        <ActionButton href={facts.portalUrl} label={copy.update} />
      </EmailLayout>
    )
  },
}
