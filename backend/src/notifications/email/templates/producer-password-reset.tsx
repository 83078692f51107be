import { EmailLayout } from "../layout"
import { ActionButton, Paragraph } from "../parts"
import type { EmailTemplate } from "../template"

// Medusa signs reset tokens for 15 minutes (generateResetPasswordTokenWorkflow).
const COPY = {
  vi: {
    subject: "Đặt lại mật khẩu cổng nhà sản xuất Chợ OCOP Xuân Thọ",
    heading: "Đặt lại mật khẩu",
    asked:
      "Có người (có thể là bạn) vừa yêu cầu đặt lại mật khẩu đăng nhập cổng nhà sản xuất cho địa chỉ email này.",
    choose: "Đặt mật khẩu mới",
    once: "Liên kết chỉ dùng được một lần và hết hạn sau 15 phút.",
    ignore:
      "Nếu bạn không yêu cầu, hãy bỏ qua email này: mật khẩu hiện tại vẫn giữ nguyên.",
    reason:
      "Bạn nhận email này vì địa chỉ này là tài khoản đăng nhập cổng nhà sản xuất của Chợ OCOP Xuân Thọ.",
  },
  en: {
    subject: "Reset your Xuân Thọ OCOP Market producer portal password",
    heading: "Reset your password",
    asked:
      "Someone (probably you) asked to reset the producer portal password of this email address.",
    choose: "Choose a new password",
    once: "The link works once and expires after 15 minutes.",
    ignore:
      "If it was not you, ignore this email: your current password stays as it is.",
    reason:
      "You receive this email because this address signs in to the producer portal of the Xuân Thọ OCOP Market.",
  },
} as const

/** The link to choose a new portal password, and what to do if it was not asked for. */
export const producerPasswordReset: EmailTemplate<"producer-password-reset"> = {
  subject: ({ locale }) => COPY[locale].subject,
  Email: ({ locale, facts }) => {
    const copy = COPY[locale]
    return (
      <EmailLayout
        locale={locale}
        preview={copy.asked}
        heading={copy.heading}
        reason={copy.reason}
      >
        <Paragraph>{copy.asked}</Paragraph>
        <ActionButton href={facts.resetUrl} label={copy.choose} />
        <Paragraph>{copy.once}</Paragraph>
        <Paragraph>{copy.ignore}</Paragraph>
      </EmailLayout>
    )
  },
}
