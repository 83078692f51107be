import type { MessageLocale, OrderPayment } from "../kinds"
import { formatVnd } from "./format"
import { DetailRows, Panel, Paragraph, QrImage, SectionTitle } from "./parts"

type VietqrPayment = Extract<OrderPayment, { kind: "vietqr" }>

const COPY = {
  vi: {
    title: "Chuyển khoản để hoàn tất đơn hàng",
    scan: "Mở ứng dụng ngân hàng và quét mã QR: số tiền và nội dung chuyển khoản đã được điền sẵn.",
    qrAlt: (reference: string) =>
      `Mã VietQR thanh toán đơn hàng, nội dung ${reference}`,
    bank: "Ngân hàng",
    accountNumber: "Số tài khoản",
    accountName: "Chủ tài khoản",
    amount: "Số tiền",
    reference: "Nội dung chuyển khoản",
    byHand:
      "Nếu chuyển tay, hãy ghi đúng nội dung chuyển khoản để đơn được xác nhận tự động.",
    hold: (minutes: number) =>
      `Chợ giữ hàng cho bạn trong ${minutes} phút. Nếu chưa nhận được tiền sau thời gian đó, hàng sẽ được trả lại kho.`,
  },
  en: {
    title: "Pay by bank transfer to complete your order",
    scan: "Open your banking app and scan the QR code: the amount and the transfer content are filled in.",
    qrAlt: (reference: string) =>
      `VietQR code to pay for the order, transfer content ${reference}`,
    bank: "Bank",
    accountNumber: "Account number",
    accountName: "Account name",
    amount: "Amount",
    reference: "Transfer content",
    byHand:
      "Typing the transfer by hand? Use exactly this transfer content so that the order is confirmed automatically.",
    hold: (minutes: number) =>
      `We hold the goods for you for ${minutes} minutes. If the money has not arrived by then, they go back on the shelf.`,
  },
} as const

/** Everything a shopper needs to pay by VietQR: the code to scan, and the details to type. */
export function VietqrPaymentSection({
  payment,
  locale,
  holdMinutes,
}: {
  payment: VietqrPayment
  locale: MessageLocale
  holdMinutes?: number
}) {
  const copy = COPY[locale]
  return (
    <Panel>
      <SectionTitle>{copy.title}</SectionTitle>
      <Paragraph>{copy.scan}</Paragraph>
      <QrImage src={payment.qrImageUrl} alt={copy.qrAlt(payment.reference)} />
      <DetailRows
        rows={[
          { label: copy.bank, value: payment.bankName },
          { label: copy.accountNumber, value: payment.accountNumber },
          { label: copy.accountName, value: payment.accountName },
          {
            label: copy.amount,
            value: formatVnd(payment.amount),
            strong: true,
          },
          { label: copy.reference, value: payment.reference, strong: true },
        ]}
      />
      <Paragraph>{copy.byHand}</Paragraph>
      {holdMinutes ? <Paragraph>{copy.hold(holdMinutes)}</Paragraph> : null}
    </Panel>
  )
}
