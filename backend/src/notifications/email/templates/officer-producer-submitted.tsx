import { officerReason } from "../copy"
import { EmailLayout } from "../layout"
import { ActionButton, Paragraph } from "../parts"
import type { EmailTemplate } from "../template"

const COPY = {
  vi: {
    subject: (producer: string) => `Nhà sản xuất chờ xác minh: ${producer}`,
    heading: "Có nhà sản xuất chờ xác minh",
    submitted: (producer: string) =>
      `Tổ công nghệ số cộng đồng đã gửi hồ sơ của ${producer} để cán bộ xã xác minh.`,
    check:
      "Hãy kiểm tra thông tin nhà sản xuất, giấy chứng nhận OCOP và sự đồng ý của họ trong Medusa Admin. Sản phẩm chỉ được bán trên chợ sau khi nhà sản xuất được xác minh.",
    open: "Mở hồ sơ trong Medusa Admin",
  },
  en: {
    subject: (producer: string) =>
      `Producer waiting for verification: ${producer}`,
    heading: "A producer is waiting for verification",
    submitted: (producer: string) =>
      `A community digital-technology team submitted ${producer} for the commune officers to verify.`,
    check:
      "Check the producer's details, OCOP certificates and consent in Medusa Admin. Its products go on sale only once the producer is verified.",
    open: "Open in Medusa Admin",
  },
} as const

/** Asks the officers to verify a producer a volunteer has just submitted. */
export const officerProducerSubmitted: EmailTemplate<"officer-producer-submitted"> =
  {
    subject: ({ locale, facts }) => COPY[locale].subject(facts.producerName),
    Email: ({ locale, facts }) => {
      const copy = COPY[locale]
      return (
        <EmailLayout
          locale={locale}
          preview={copy.submitted(facts.producerName)}
          heading={copy.heading}
          reason={officerReason(locale)}
        >
          <Paragraph>{copy.submitted(facts.producerName)}</Paragraph>
          <Paragraph>{copy.check}</Paragraph>
          <ActionButton href={facts.adminUrl} label={copy.open} />
        </EmailLayout>
      )
    },
  }
