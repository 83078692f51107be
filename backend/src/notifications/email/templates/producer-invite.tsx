import { formatDateTime } from "../format"
import { EmailLayout } from "../layout"
import { ActionButton, Paragraph, QrImage } from "../parts"
import type { EmailTemplate } from "../template"

const COPY = {
  vi: {
    subject: (producer: string) =>
      `Lời mời quản lý gian hàng ${producer} trên Chợ OCOP Xuân Thọ`,
    heading: "Bạn được mời vào cổng nhà sản xuất",
    invited: (producer: string) =>
      `Bạn được mời quản lý gian hàng của ${producer} trên Chợ OCOP Xuân Thọ: cập nhật sản phẩm, giá, số lượng và xem đơn hàng của mình.`,
    accept: "Nhận lời mời và đặt mật khẩu",
    scan: "Hoặc quét mã này bằng camera điện thoại:",
    qrAlt: "Mã QR của liên kết mời",
    expires: (date: string) =>
      `Liên kết chỉ dùng được một lần và hết hạn lúc ${date}.`,
    reason: (producer: string) =>
      `Bạn nhận email này vì tổ công nghệ số cộng đồng đã đăng ký ${producer} lên Chợ OCOP Xuân Thọ và mời địa chỉ này. Nếu bạn không biết việc này, hãy bỏ qua email.`,
  },
  en: {
    subject: (producer: string) =>
      `Your invite to run ${producer} on the Xuân Thọ OCOP Market`,
    heading: "You are invited to the producer portal",
    invited: (producer: string) =>
      `You are invited to run the shop of ${producer} on the Xuân Thọ OCOP Market: update its products, prices and quantities and see its orders.`,
    accept: "Accept the invite and set a password",
    scan: "Or scan this code with your phone's camera:",
    qrAlt: "QR code of the invite link",
    expires: (date: string) => `The link works once and expires ${date}.`,
    reason: (producer: string) =>
      `You receive this email because a community digital-technology team registered ${producer} on the Xuân Thọ OCOP Market and invited this address. If you know nothing about it, ignore this email.`,
  },
} as const

/** The invite a volunteer sends a producer: a link to accept and the same link as a QR code. */
export const producerInvite: EmailTemplate<"producer-invite"> = {
  subject: ({ locale, facts }) => COPY[locale].subject(facts.producerName),
  Email: ({ locale, facts }) => {
    const copy = COPY[locale]
    return (
      <EmailLayout
        locale={locale}
        preview={copy.invited(facts.producerName)}
        heading={copy.heading}
        reason={copy.reason(facts.producerName)}
      >
        <Paragraph>{copy.invited(facts.producerName)}</Paragraph>
        <ActionButton href={facts.inviteUrl} label={copy.accept} />
        <Paragraph>{copy.scan}</Paragraph>
        <QrImage src={facts.qrImageUrl} alt={copy.qrAlt} />
        <Paragraph>
          {copy.expires(formatDateTime(facts.expiresAt, locale))}
        </Paragraph>
      </EmailLayout>
    )
  },
}
