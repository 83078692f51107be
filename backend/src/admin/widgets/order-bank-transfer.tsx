import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import {
  Badge,
  Button,
  Container,
  Heading,
  Input,
  Label,
  Text,
} from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"

type BankTransferView = {
  vietqr_payment: {
    reference: string
    amount: number
    status: "awaiting" | "paid" | "cancelled"
    paid_at: string | null
    confirmed_by: string | null
    expires_at: string
  } | null
  transactions: {
    id: string
    transaction_id: string
    amount: number
    content: string | null
    outcome: string
    created_at: string
  }[]
}

const vnd = (amount: number) =>
  new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" }).format(
    Number(amount)
  )

async function call(path: string, body?: unknown) {
  const response = await fetch(path, {
    method: body ? "POST" : "GET",
    credentials: "include",
    headers: { "content-type": "application/json" },
    body: body ? JSON.stringify(body) : undefined,
  })
  const data = await response.json()
  if (!response.ok) {
    throw new Error(data.message ?? response.statusText)
  }
  return data
}

/** Officers see the awaited VietQR transfer, mark it received by hand, and record bank refunds. */
const OrderBankTransferWidget = ({
  data: order,
}: DetailWidgetProps<AdminOrder>) => {
  const base = `/admin/orders/${order.id}/bank-transfer`
  const [view, setView] = useState<BankTransferView | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [refundAmount, setRefundAmount] = useState("")
  const [bankReference, setBankReference] = useState("")

  const load = useCallback(
    () => call(base).then(setView, (e: Error) => setError(e.message)),
    [base]
  )
  useEffect(() => {
    load()
  }, [load])

  const act = (path: string, body: unknown) =>
    call(path, body)
      .then(() => {
        setError(null)
        return load()
      })
      .catch((e: Error) => setError(e.message))

  if (!view?.vietqr_payment) {
    return null
  }
  const payment = view.vietqr_payment
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Chuyển khoản VietQR</Heading>
        <Badge
          color={
            payment.status === "paid"
              ? "green"
              : payment.status === "cancelled"
                ? "grey"
                : "orange"
          }
        >
          {payment.status === "paid"
            ? "Đã nhận"
            : payment.status === "cancelled"
              ? "Đã huỷ"
              : "Chờ chuyển khoản"}
        </Badge>
      </div>
      <div className="space-y-1 px-6 py-4">
        <Text size="small">Nội dung: {payment.reference}</Text>
        <Text size="small">Số tiền: {vnd(payment.amount)}</Text>
        {payment.paid_at && (
          <Text size="small">
            Xác nhận {new Date(payment.paid_at).toLocaleString("vi-VN")} bởi{" "}
            {payment.confirmed_by}
          </Text>
        )}
      </div>
      {view.transactions.length > 0 && (
        <div className="space-y-1 px-6 py-4">
          {view.transactions.map((transaction) => (
            <Text size="small" key={transaction.id}>
              #{transaction.transaction_id} · {vnd(transaction.amount)} ·{" "}
              {transaction.outcome}
            </Text>
          ))}
        </div>
      )}
      <div className="space-y-3 px-6 py-4">
        {payment.status === "awaiting" && (
          <Button size="small" onClick={() => act(`${base}/confirm`, {})}>
            Đánh dấu đã nhận tiền
          </Button>
        )}
        {payment.status === "paid" && (
          <form
            className="space-y-2"
            onSubmit={(event) => {
              event.preventDefault()
              act(`${base}/refund`, {
                amount: Number(refundAmount),
                bank_reference: bankReference,
              })
            }}
          >
            <Label htmlFor="refund-amount">Ghi nhận hoàn tiền (đồng)</Label>
            <Input
              id="refund-amount"
              inputMode="numeric"
              value={refundAmount}
              onChange={(event) => setRefundAmount(event.target.value)}
            />
            <Label htmlFor="refund-reference">Mã giao dịch ngân hàng</Label>
            <Input
              id="refund-reference"
              value={bankReference}
              onChange={(event) => setBankReference(event.target.value)}
            />
            <Button size="small" variant="secondary" type="submit">
              Ghi nhận hoàn tiền
            </Button>
          </form>
        )}
        {error && (
          <Text size="small" className="text-ui-fg-error">
            {error}
          </Text>
        )}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderBankTransferWidget
