import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import {
  Badge,
  Button,
  Container,
  Heading,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { BankRefundForm } from "../components/bank-refund-form"
import { BankTransferConfirmer } from "../components/bank-transfer-confirmer"
import {
  type BankTransaction,
  OutcomeBadge,
  transactionTime,
} from "../components/bank-transfer-outcome"
import { CallError } from "../components/call-error"
import { adminCall, formatDateTime, formatVnd } from "../lib/client"

type VietqrPayment = {
  reference: string
  amount: number
  status: "awaiting" | "paid" | "cancelled"
  paid_at: string | null
  confirmed_by: string | null
  expires_at: string
}

type BankTransferView = {
  vietqr_payment: VietqrPayment | null
  transactions: BankTransaction[]
}

const STATUS_COLOR: Record<
  VietqrPayment["status"],
  "orange" | "green" | "grey"
> = {
  awaiting: "orange",
  paid: "green",
  cancelled: "grey",
}

/** Officers see the awaited VietQR transfer, mark it received by hand, and record bank refunds. */
const OrderBankTransferWidget = ({
  data: order,
}: DetailWidgetProps<AdminOrder>) => {
  const { t, i18n } = useTranslation()
  const prompt = usePrompt()
  const client = useQueryClient()
  const base = `/admin/orders/${order.id}/bank-transfer`
  const { data: view, error } = useQuery({
    queryKey: ["xt-bank-transfers", "order", order.id],
    queryFn: () => adminCall<BankTransferView>(base),
  })

  const markReceived = useMutation({
    mutationFn: () => adminCall(`${base}/confirm`, {}),
    onSuccess: () => {
      toast.success(t("xtBankTransfers.widget.received"))
      // Medusa's own payment section of this page reads the capture too.
      return Promise.all([
        client.invalidateQueries({ queryKey: ["xt-bank-transfers"] }),
        client.invalidateQueries({ queryKey: ["orders"] }),
      ])
    },
  })

  if (error) {
    return (
      <Container className="flex flex-col gap-2 px-6 py-4">
        <Heading level="h2">{t("xtBankTransfers.widget.title")}</Heading>
        <CallError
          error={error}
          messages={{}}
          fallback={t("xtBankTransfers.widget.loadFailed")}
        />
      </Container>
    )
  }
  // Orders paid another way have no VietQR transfer: the widget stays out of their page.
  if (!view?.vietqr_payment) {
    return null
  }
  const payment = view.vietqr_payment

  const confirmReceived = async () => {
    const confirmed = await prompt({
      variant: "confirmation",
      title: t("xtBankTransfers.widget.markReceivedTitle", {
        amount: formatVnd(payment.amount),
      }),
      description: t("xtBankTransfers.widget.markReceivedDescription", {
        reference: payment.reference,
      }),
      confirmText: t("xtBankTransfers.widget.markReceived"),
      cancelText: t("xtBankTransfers.widget.cancel"),
    })
    if (confirmed) markReceived.mutate()
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-2 px-6 py-4">
        <Heading level="h2">{t("xtBankTransfers.widget.title")}</Heading>
        <Badge color={STATUS_COLOR[payment.status] ?? "grey"} size="2xsmall">
          {t(`xtBankTransfers.widget.status.${payment.status}`)}
        </Badge>
      </div>
      <div className="flex flex-col gap-1 px-6 py-4">
        <Text size="small">
          {t("xtBankTransfers.widget.reference", {
            reference: payment.reference,
          })}
        </Text>
        <Text size="small">
          {t("xtBankTransfers.widget.amount", {
            amount: formatVnd(payment.amount),
          })}
        </Text>
        {payment.status === "awaiting" && (
          <Text size="small" className="text-ui-fg-subtle">
            {t("xtBankTransfers.widget.expires", {
              date: formatDateTime(payment.expires_at, i18n.language),
            })}
          </Text>
        )}
        {payment.paid_at && (
          <Text size="small" className="text-ui-fg-subtle">
            {t("xtBankTransfers.widget.paidAt", {
              date: formatDateTime(payment.paid_at, i18n.language),
            })}
          </Text>
        )}
        {payment.confirmed_by && (
          <BankTransferConfirmer confirmedBy={payment.confirmed_by} />
        )}
      </div>
      {view.transactions.length > 0 && (
        <div className="flex flex-col gap-2 px-6 py-4">
          <Text size="small" weight="plus">
            {t("xtBankTransfers.widget.transactions")}
          </Text>
          {view.transactions.map((transaction) => (
            <div
              key={transaction.id}
              className="flex items-center justify-between gap-2"
            >
              <div className="flex flex-col">
                <Text size="small">
                  {transaction.transfer_type === "out" && "−"}
                  {formatVnd(transaction.amount)}
                </Text>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  #{transaction.transaction_id} ·{" "}
                  {transactionTime(transaction, i18n.language)}
                </Text>
              </div>
              <OutcomeBadge outcome={transaction.outcome} />
            </div>
          ))}
        </div>
      )}
      {(payment.status === "awaiting" || payment.status === "paid") && (
        <div className="flex flex-col gap-3 px-6 py-4">
          {payment.status === "awaiting" && (
            <div>
              <Button
                size="small"
                isLoading={markReceived.isPending}
                onClick={confirmReceived}
              >
                {t("xtBankTransfers.widget.markReceived")}
              </Button>
            </div>
          )}
          <CallError
            error={markReceived.error}
            messages={{
              400: t("xtBankTransfers.widget.errors.confirm.400"),
              404: t("xtBankTransfers.widget.errors.confirm.404"),
              409: t("xtBankTransfers.widget.errors.confirm.409"),
            }}
          />
          {payment.status === "paid" && <BankRefundForm orderId={order.id} />}
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderBankTransferWidget
