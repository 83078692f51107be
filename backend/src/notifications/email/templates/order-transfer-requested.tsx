import { shopperReason } from "../copy"
import { EmailLayout } from "../layout"
import { ActionButton, Paragraph } from "../parts"
import type { EmailTemplate } from "../template"

const COPY = {
  vi: {
    subject: (n: number) => `Xác nhận gắn đơn hàng #${n} vào tài khoản`,
    heading: "Gắn đơn hàng vào tài khoản",
    asked: (n: number, account: string) =>
      `Tài khoản ${account} vừa yêu cầu đưa đơn hàng #${n} vào lịch sử đơn của mình.`,
    confirm: "Xác nhận gắn đơn",
    after:
      "Sau khi xác nhận, đơn hàng hiện trong tài khoản đó và người đăng nhập tài khoản xem được địa chỉ giao hàng.",
    ignore:
      "Nếu không phải bạn yêu cầu, hãy bỏ qua email này: đơn hàng vẫn như cũ.",
  },
  en: {
    subject: (n: number) => `Confirm adding order #${n} to an account`,
    heading: "Add the order to an account",
    asked: (n: number, account: string) =>
      `The account ${account} asked to add order #${n} to its order history.`,
    confirm: "Confirm",
    after:
      "Once confirmed, the order shows in that account and whoever signs in to it sees its delivery address.",
    ignore:
      "If it was not you, ignore this email: nothing changes on the order.",
  },
} as const

/** The link that lets an account hold a guest order; only the order's own email receives it. */
export const orderTransferRequested: EmailTemplate<"order-transfer-requested"> =
  {
    subject: ({ locale, facts }) => COPY[locale].subject(facts.displayId),
    Email: ({ locale, facts }) => {
      const copy = COPY[locale]
      const asked = copy.asked(facts.displayId, facts.accountEmail)
      return (
        <EmailLayout
          locale={locale}
          preview={asked}
          heading={copy.heading}
          reason={shopperReason(locale, facts.displayId)}
        >
          <Paragraph>{asked}</Paragraph>
          <ActionButton href={facts.acceptUrl} label={copy.confirm} />
          <Paragraph>{copy.after}</Paragraph>
          <Paragraph>{copy.ignore}</Paragraph>
        </EmailLayout>
      )
    },
  }
