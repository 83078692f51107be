// The order confirmation a shopper receives by email, in the language they shopped in.
// Pure: the subscriber gathers the order, this decides every word, a unit test reads them.

export type ConfirmationLocale = "vi" | "en"

export type ConfirmationPayment =
  | {
      kind: "vietqr"
      reference: string
      amount: number
      bankName: string
      accountNumber: string
      accountName: string
    }
  | { kind: "card" }
  | { kind: "other" }

export type OrderConfirmationInput = {
  locale: ConfirmationLocale
  displayId: number
  orderUrl: string
  lines: { title: string; quantity: number; total: number }[]
  itemTotal: number
  shippingTotal: number
  total: number
  payment: ConfirmationPayment
}

export type EmailContent = { subject: string; html: string; text: string }

const COPY = {
  vi: {
    subject: (n: number) => `Chợ OCOP Xuân Thọ: đã nhận đơn hàng #${n}`,
    greeting: (n: number) => `Cảm ơn bạn! Chợ đã nhận đơn hàng #${n}.`,
    items: "Sản phẩm",
    shipping: "Phí giao hàng",
    total: "Tổng cộng",
    vietqr:
      "Chuyển khoản VietQR: quét mã trên trang đơn hàng, hoặc chuyển tay với",
    bank: "Ngân hàng",
    account: "Số tài khoản",
    accountName: "Chủ tài khoản",
    amount: "Số tiền",
    reference: "Nội dung chuyển khoản",
    card: "Đã thanh toán bằng thẻ.",
    follow: "Theo dõi đơn hàng",
  },
  en: {
    subject: (n: number) => `Xuân Thọ OCOP Market: we received order #${n}`,
    greeting: (n: number) => `Thank you! We received order #${n}.`,
    items: "Items",
    shipping: "Shipping",
    total: "Total",
    vietqr:
      "VietQR bank transfer: scan the code on the order page, or transfer by hand with",
    bank: "Bank",
    account: "Account number",
    accountName: "Account name",
    amount: "Amount",
    reference: "Transfer message",
    card: "Paid by card.",
    follow: "Follow your order",
  },
} as const

/** "150.000 ₫" in both languages, as on the storefront. */
export function formatVnd(amount: number): string {
  return new Intl.NumberFormat("vi-VN", {
    style: "currency",
    currency: "VND",
  }).format(amount)
}

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
}

/** Subject, HTML and plain text of the confirmation, with the same facts in each. */
export function renderOrderConfirmation(
  input: OrderConfirmationInput
): EmailContent {
  const copy = COPY[input.locale]
  const rows: [string, string][] = [
    ...input.lines.map((line): [string, string] => [
      `${line.title} × ${line.quantity}`,
      formatVnd(line.total),
    ]),
    [copy.shipping, formatVnd(input.shippingTotal)],
    [copy.total, formatVnd(input.total)],
  ]
  const payment: [string, string][] =
    input.payment.kind === "vietqr"
      ? [
          [copy.bank, input.payment.bankName],
          [copy.account, input.payment.accountNumber],
          [copy.accountName, input.payment.accountName],
          [copy.amount, formatVnd(input.payment.amount)],
          [copy.reference, input.payment.reference],
        ]
      : []
  const paymentIntro =
    input.payment.kind === "vietqr"
      ? copy.vietqr
      : input.payment.kind === "card"
        ? copy.card
        : ""

  const text = [
    copy.greeting(input.displayId),
    "",
    `${copy.items}:`,
    ...rows.map(([label, value]) => `- ${label}: ${value}`),
    "",
    ...(paymentIntro ? [paymentIntro] : []),
    ...payment.map(([label, value]) => `  ${label}: ${value}`),
    "",
    `${copy.follow}: ${input.orderUrl}`,
  ].join("\n")

  const table = (entries: [string, string][]) =>
    `<table>${entries
      .map(
        ([label, value]) =>
          `<tr><td>${escapeHtml(label)}</td><td align="right">${escapeHtml(value)}</td></tr>`
      )
      .join("")}</table>`
  const html = [
    `<p>${escapeHtml(copy.greeting(input.displayId))}</p>`,
    `<h2>${copy.items}</h2>`,
    table(rows),
    ...(paymentIntro ? [`<p>${escapeHtml(paymentIntro)}</p>`] : []),
    ...(payment.length ? [table(payment)] : []),
    `<p><a href="${escapeHtml(input.orderUrl)}">${copy.follow}</a></p>`,
  ].join("\n")

  return { subject: copy.subject(input.displayId), html, text }
}
