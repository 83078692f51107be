import {
  Button,
  Drawer,
  Input,
  Label,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { adminCall, formatVnd } from "../lib/client"
import type { BankTransaction } from "./bank-transfer-outcome"
import { CallError } from "./call-error"

type OrderSummary = {
  id: string
  display_id: number
  total: number
}

const ORDER_FIELDS = "id,display_id,total"

/**
 * Officers settle a transfer the bank could not tie to an order: they name the order, see its
 * number and total next to the transfer's amount, and confirm before its payment is captured.
 */
export const MatchTransferDrawer = ({
  transaction,
  onClose,
}: {
  transaction: BankTransaction | null
  onClose: () => void
}) => {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const client = useQueryClient()
  const [orderId, setOrderId] = useState("")
  const [lookupError, setLookupError] = useState<unknown>(null)
  const [looking, setLooking] = useState(false)

  const match = useMutation({
    mutationFn: ({
      transactionId,
      order,
    }: {
      transactionId: string
      order: OrderSummary
    }) =>
      adminCall<{ transaction: BankTransaction }>(
        `/admin/bank-transactions/${transactionId}/match`,
        { order_id: order.id }
      ),
    onSuccess: (_, { order }) => {
      toast.success(
        t("xtBankTransfers.match.done", { order: order.display_id })
      )
      close()
      // The order's own page shows its payment too: let it read the capture.
      return Promise.all([
        client.invalidateQueries({ queryKey: ["xt-bank-transfers"] }),
        client.invalidateQueries({ queryKey: ["orders"] }),
      ])
    },
    // A colleague may have settled the transfer meanwhile: show where it stands now.
    onError: () =>
      client.invalidateQueries({ queryKey: ["xt-bank-transfers"] }),
  })

  function close() {
    setOrderId("")
    setLookupError(null)
    match.reset()
    onClose()
  }

  const submit = async () => {
    if (!transaction) {
      return
    }
    setLookupError(null)
    match.reset()
    setLooking(true)
    let order: OrderSummary
    try {
      const data = await adminCall<{ order: OrderSummary }>(
        `/admin/orders/${encodeURIComponent(orderId.trim())}?fields=${ORDER_FIELDS}`
      )
      order = data.order
    } catch (error) {
      setLookupError(error)
      return
    } finally {
      setLooking(false)
    }
    const confirmed = await prompt({
      variant: "confirmation",
      title: t("xtBankTransfers.match.confirmTitle", {
        amount: formatVnd(transaction.amount),
        order: order.display_id,
      }),
      description: t("xtBankTransfers.match.confirmDescription", {
        order: order.display_id,
        total: formatVnd(order.total),
      }),
      confirmText: t("xtBankTransfers.match.confirm"),
      cancelText: t("xtBankTransfers.match.cancel"),
    })
    if (confirmed) {
      match.mutate({ transactionId: transaction.id, order })
    }
  }

  return (
    <Drawer
      open={transaction !== null}
      onOpenChange={(open) => {
        if (!open) close()
      }}
    >
      <Drawer.Content>
        <form
          className="flex flex-1 flex-col overflow-hidden"
          onSubmit={(event) => {
            event.preventDefault()
            submit()
          }}
        >
          <Drawer.Header>
            <Drawer.Title>{t("xtBankTransfers.match.title")}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-4 overflow-y-auto">
            {transaction && (
              <div className="flex flex-col gap-1">
                <Text size="small" weight="plus">
                  {t("xtBankTransfers.match.transfer")}
                </Text>
                <Text size="small">{formatVnd(transaction.amount)}</Text>
                {transaction.reference && (
                  <Text size="small">{transaction.reference}</Text>
                )}
                {transaction.content && (
                  <Text size="small" className="text-ui-fg-subtle break-all">
                    {transaction.content}
                  </Text>
                )}
              </div>
            )}
            <div className="flex flex-col gap-1">
              <Label htmlFor="xt-match-order-id">
                {t("xtBankTransfers.match.orderId")}
              </Label>
              <Input
                id="xt-match-order-id"
                autoComplete="off"
                placeholder="order_…"
                value={orderId}
                onChange={(event) => setOrderId(event.target.value)}
              />
              <Text size="small" className="text-ui-fg-subtle">
                {t("xtBankTransfers.match.orderIdHint")}
              </Text>
            </div>
            <CallError
              error={lookupError}
              messages={{ 404: t("xtBankTransfers.match.orderNotFound") }}
            />
            <CallError
              error={match.error}
              messages={{
                400: t("xtBankTransfers.match.errors.400"),
                404: t("xtBankTransfers.match.errors.404"),
                409: t("xtBankTransfers.match.errors.409"),
              }}
            />
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button variant="secondary" size="small" type="button">
                {t("xtBankTransfers.match.cancel")}
              </Button>
            </Drawer.Close>
            <Button
              size="small"
              type="submit"
              disabled={!orderId.trim()}
              isLoading={looking || match.isPending}
            >
              {t("xtBankTransfers.match.submit")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
