import { Button, Input, Label, Text, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { adminCall, formatVnd } from "../lib/client"
import { CallError } from "./call-error"

// The backend's bounds for the bank's transaction id (src/api/admin/orders/validators.ts).
const REFERENCE_MIN = 3
const REFERENCE_MAX = 100

// Officers copy amounts as the bank prints them ("500.000"): only the digits count.
const parseAmount = (value: string) => Number(value.replace(/\D/g, ""))

/** Records money an officer already sent back by bank transfer, once they confirm it. */
export const BankRefundForm = ({ orderId }: { orderId: string }) => {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const client = useQueryClient()
  const [amount, setAmount] = useState("")
  const [reference, setReference] = useState("")

  const refund = useMutation({
    mutationFn: (body: { amount: number; bank_reference: string }) =>
      adminCall(`/admin/orders/${orderId}/bank-transfer/refund`, body),
    onSuccess: () => {
      toast.success(t("xtBankTransfers.widget.refund.done"))
      setAmount("")
      setReference("")
      return Promise.all([
        client.invalidateQueries({ queryKey: ["xt-bank-transfers"] }),
        client.invalidateQueries({ queryKey: ["orders"] }),
      ])
    },
  })

  const value = parseAmount(amount)
  const bankReference = reference.trim()
  const valid =
    value > 0 &&
    bankReference.length >= REFERENCE_MIN &&
    bankReference.length <= REFERENCE_MAX

  const submit = async () => {
    const confirmed = await prompt({
      title: t("xtBankTransfers.widget.refund.confirmTitle", {
        amount: formatVnd(value),
      }),
      description: t("xtBankTransfers.widget.refund.confirmDescription", {
        reference: bankReference,
      }),
      confirmText: t("xtBankTransfers.widget.refund.submit"),
      cancelText: t("xtBankTransfers.widget.cancel"),
    })
    if (confirmed) {
      refund.mutate({ amount: value, bank_reference: bankReference })
    }
  }

  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault()
        if (valid) submit()
      }}
    >
      <Text size="small" weight="plus">
        {t("xtBankTransfers.widget.refund.title")}
      </Text>
      <Label htmlFor="xt-refund-amount" size="small">
        {t("xtBankTransfers.widget.refund.amount")}
      </Label>
      <Input
        id="xt-refund-amount"
        inputMode="numeric"
        autoComplete="off"
        value={amount}
        onChange={(event) => setAmount(event.target.value)}
      />
      {value > 0 && (
        <Text size="small" className="text-ui-fg-subtle">
          {formatVnd(value)}
        </Text>
      )}
      <Label htmlFor="xt-refund-reference" size="small">
        {t("xtBankTransfers.widget.refund.reference")}
      </Label>
      <Input
        id="xt-refund-reference"
        autoComplete="off"
        maxLength={REFERENCE_MAX}
        value={reference}
        onChange={(event) => setReference(event.target.value)}
      />
      <Text size="small" className="text-ui-fg-subtle">
        {t("xtBankTransfers.widget.refund.referenceHint")}
      </Text>
      <CallError
        error={refund.error}
        messages={{
          400: t("xtBankTransfers.widget.errors.refund.400"),
          404: t("xtBankTransfers.widget.errors.refund.404"),
          409: t("xtBankTransfers.widget.errors.refund.409"),
        }}
      />
      <div>
        <Button
          size="small"
          variant="secondary"
          type="submit"
          disabled={!valid}
          isLoading={refund.isPending}
        >
          {t("xtBankTransfers.widget.refund.submit")}
        </Button>
      </div>
    </form>
  )
}
