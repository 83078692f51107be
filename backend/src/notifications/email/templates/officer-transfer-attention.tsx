import type { MessageFacts, MessageLocale } from "../../kinds"
import { officerReason } from "../copy"
import { formatVnd } from "../format"
import { EmailLayout } from "../layout"
import { ActionButton, DetailRows, Paragraph } from "../parts"
import type { EmailTemplate } from "../template"

type Facts = MessageFacts["officer-transfer-attention"]

/** What happened and what the officer should do, for one outcome. */
type Explanation = {
  label: string
  subject: string
  what: string
  todo: string
}

function explainVi(outcome: string, amount: string, order: string) {
  const explanations: Record<string, Explanation> = {
    unknown_reference: {
      label: "Không rõ đơn hàng",
      subject: `Chuyển khoản ${amount} không khớp đơn hàng nào`,
      what: `Tài khoản của chợ nhận được ${amount}, nhưng nội dung chuyển khoản không khớp đơn hàng nào.`,
      todo: "Hãy tìm đơn hàng của người chuyển (theo số tiền, thời gian, tên người chuyển) rồi ghép giao dịch với đơn, hoặc hoàn lại tiền cho họ.",
    },
    underpaid: {
      label: "Chuyển thiếu",
      subject: `Đơn hàng ${order} chuyển thiếu tiền`,
      what: `Đơn hàng ${order} chỉ nhận được ${amount}, ít hơn số tiền phải trả, nên đơn chưa được xác nhận.`,
      todo: "Hãy liên hệ khách để thống nhất: chuyển thêm phần còn thiếu, hoặc nhận lại số tiền đã chuyển.",
    },
    overpaid: {
      label: "Chuyển thừa",
      subject: `Đơn hàng ${order} chuyển thừa tiền`,
      what: `Đơn hàng ${order} nhận được ${amount}, nhiều hơn số tiền phải trả. Đơn đã được ghi nhận là đã thanh toán.`,
      todo: "Hãy hoàn lại phần tiền thừa cho khách.",
    },
    needs_refund: {
      label: "Cần hoàn tiền",
      subject: `Cần hoàn tiền cho đơn hàng ${order}`,
      what: `Chợ nhận được ${amount} cho đơn hàng ${order}, nhưng đơn đã bị huỷ hoặc không còn hàng để giao.`,
      todo: "Hãy hoàn lại khoản tiền này cho khách.",
    },
    already_paid: {
      label: "Đơn đã thanh toán trước đó",
      subject: `Đơn hàng ${order} được chuyển tiền hai lần`,
      what: `Đơn hàng ${order} đã được thanh toán trước đó, nay lại nhận thêm ${amount}.`,
      todo: "Hãy hoàn lại khoản tiền này cho khách.",
    },
    wrong_account: {
      label: "Chuyển vào tài khoản khác",
      subject: `Giao dịch ${amount} không vào tài khoản của chợ`,
      what: `Ngân hàng báo một giao dịch ${amount} vào một tài khoản khác với tài khoản nhận tiền của chợ, nên giao dịch này không thanh toán cho đơn hàng nào.`,
      todo: "Hãy kiểm tra tài khoản nhận tiền VietQR của chợ và cài đặt báo giao dịch của ngân hàng.",
    },
  }
  return (
    explanations[outcome] ?? {
      label: outcome,
      subject: `Giao dịch ${amount} cần cán bộ xem`,
      what: `Một giao dịch ${amount} cần cán bộ xem (kết quả: ${outcome}).`,
      todo: "Hãy xem chi tiết giao dịch trong Medusa Admin.",
    }
  )
}

function explainEn(outcome: string, amount: string, order: string) {
  const explanations: Record<string, Explanation> = {
    unknown_reference: {
      label: "Unknown order",
      subject: `A ${amount} transfer matches no order`,
      what: `The market's account received ${amount}, but the transfer content matches no order.`,
      todo: "Find the sender's order (by amount, time and sender's name) and match the transfer to it, or refund the sender.",
    },
    underpaid: {
      label: "Underpaid",
      subject: `Order ${order} was underpaid`,
      what: `Order ${order} received only ${amount}, less than it costs, so it is not confirmed.`,
      todo: "Contact the shopper to agree: they transfer the rest, or get back what they sent.",
    },
    overpaid: {
      label: "Overpaid",
      subject: `Order ${order} was overpaid`,
      what: `Order ${order} received ${amount}, more than it costs. The order is recorded as paid.`,
      todo: "Refund the excess to the shopper.",
    },
    needs_refund: {
      label: "Needs a refund",
      subject: `Order ${order} needs a refund`,
      what: `The market received ${amount} for order ${order}, but the order is cancelled or its goods are no longer in stock.`,
      todo: "Refund this amount to the shopper.",
    },
    already_paid: {
      label: "Order already paid",
      subject: `Order ${order} was paid twice`,
      what: `Order ${order} was already paid and has now received another ${amount}.`,
      todo: "Refund this amount to the shopper.",
    },
    wrong_account: {
      label: "Sent to another account",
      subject: `A ${amount} transfer did not reach the market's account`,
      what: `The bank reported a ${amount} transfer into an account other than the market's receiving account, so it pays no order.`,
      todo: "Check the market's VietQR receiving account and the bank's transaction notification settings.",
    },
  }
  return (
    explanations[outcome] ?? {
      label: outcome,
      subject: `A ${amount} transfer needs an officer`,
      what: `A ${amount} transfer needs an officer to look at it (outcome: ${outcome}).`,
      todo: "See the transfer's details in Medusa Admin.",
    }
  )
}

const COPY = {
  vi: {
    heading: "Một giao dịch chuyển khoản cần bạn xử lý",
    outcome: "Kết quả",
    amount: "Số tiền",
    reference: "Mã thanh toán",
    order: "Đơn hàng",
    none: "không có",
    open: "Xem giao dịch trong Medusa Admin",
    explain: explainVi,
  },
  en: {
    heading: "A bank transfer needs you",
    outcome: "Outcome",
    amount: "Amount",
    reference: "Payment reference",
    order: "Order",
    none: "none",
    open: "See the transfer in Medusa Admin",
    explain: explainEn,
  },
} as const

function explanationOf(locale: MessageLocale, facts: Facts) {
  const copy = COPY[locale]
  const order =
    facts.orderDisplayId === null ? copy.none : `#${facts.orderDisplayId}`
  return {
    order,
    ...copy.explain(facts.outcome, formatVnd(facts.amount), order),
  }
}

/** A bank transfer the market could not settle by itself, told in plain words with the next step. */
export const officerTransferAttention: EmailTemplate<"officer-transfer-attention"> =
  {
    subject: ({ locale, facts }) => explanationOf(locale, facts).subject,
    Email: ({ locale, facts }) => {
      const copy = COPY[locale]
      const explanation = explanationOf(locale, facts)
      return (
        <EmailLayout
          locale={locale}
          preview={explanation.what}
          heading={copy.heading}
          reason={officerReason(locale)}
        >
          <Paragraph>{explanation.what}</Paragraph>
          <DetailRows
            rows={[
              { label: copy.outcome, value: explanation.label, strong: true },
              { label: copy.amount, value: formatVnd(facts.amount) },
              { label: copy.reference, value: facts.reference ?? copy.none },
              { label: copy.order, value: explanation.order },
            ]}
          />
          <Paragraph>{explanation.todo}</Paragraph>
          <ActionButton href={facts.adminUrl} label={copy.open} />
        </EmailLayout>
      )
    },
  }
