import { EmailLayout } from "../layout"
import { ActionButton, Paragraph } from "../parts"
import type { EmailTemplate } from "../template"

// Sent on Zalo, the channel that proves the number; the email form exists for officers'
// previews and for every kind having one.
const COPY = {
  vi: {
    subject: "Mã xác nhận đăng ký Chợ OCOP Xuân Thọ",
    heading: "Mã xác nhận",
    code: (code: string) => `Mã xác nhận của bạn là ${code}.`,
    expires: (minutes: number) =>
      `Mã dùng được trong ${minutes} phút. Đừng đưa mã cho ai, kể cả người tự nhận là của chợ.`,
    finish: "Tiếp tục đăng ký",
    reason:
      "Bạn nhận email này vì số điện thoại này vừa được dùng để đăng ký tài khoản Chợ OCOP Xuân Thọ.",
  },
  en: {
    subject: "Your Xuân Thọ OCOP Market sign-up code",
    heading: "Your code",
    code: (code: string) => `Your code is ${code}.`,
    expires: (minutes: number) =>
      `It works for ${minutes} minutes. Never give it to anyone, even someone claiming to be the market.`,
    finish: "Continue signing up",
    reason:
      "You receive this email because this phone number was just used to sign up at the Xuân Thọ OCOP Market.",
  },
} as const

/** The six digits that prove a shopper signing up holds this phone. */
export const phoneVerification: EmailTemplate<"phone-verification"> = {
  subject: ({ locale }) => COPY[locale].subject,
  Email: ({ locale, facts }) => {
    const copy = COPY[locale]
    return (
      <EmailLayout
        locale={locale}
        preview={copy.code(facts.code)}
        heading={copy.heading}
        reason={copy.reason}
      >
        <Paragraph>{copy.code(facts.code)}</Paragraph>
        <Paragraph>{copy.expires(facts.minutes)}</Paragraph>
        <ActionButton href={facts.signUpUrl} label={copy.finish} />
      </EmailLayout>
    )
  },
}
