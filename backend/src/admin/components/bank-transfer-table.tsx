import { Button, Table } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { formatVnd } from "../lib/client"
import {
  type BankTransaction,
  canMatch,
  OutcomeBadge,
  transactionTime,
} from "./bank-transfer-outcome"

/** One page of bank transfers; a transfer with no order behind it offers to be matched. */
export const BankTransferTable = ({
  transactions,
  onMatch,
}: {
  transactions: BankTransaction[]
  onMatch: (transaction: BankTransaction) => void
}) => {
  const { t, i18n } = useTranslation()
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>
            {t("xtBankTransfers.columns.date")}
          </Table.HeaderCell>
          <Table.HeaderCell className="text-right">
            {t("xtBankTransfers.columns.amount")}
          </Table.HeaderCell>
          <Table.HeaderCell>
            {t("xtBankTransfers.columns.reference")}
          </Table.HeaderCell>
          <Table.HeaderCell>
            {t("xtBankTransfers.columns.content")}
          </Table.HeaderCell>
          <Table.HeaderCell>
            {t("xtBankTransfers.columns.order")}
          </Table.HeaderCell>
          <Table.HeaderCell>
            {t("xtBankTransfers.columns.outcome")}
          </Table.HeaderCell>
          <Table.HeaderCell />
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {transactions.map((transaction) => (
          <Table.Row key={transaction.id}>
            <Table.Cell className="whitespace-nowrap">
              {transactionTime(transaction, i18n.language)}
            </Table.Cell>
            <Table.Cell className="whitespace-nowrap text-right">
              {transaction.transfer_type === "out" && "−"}
              {formatVnd(transaction.amount)}
            </Table.Cell>
            <Table.Cell>{transaction.reference ?? "—"}</Table.Cell>
            <Table.Cell
              className="max-w-xs truncate"
              title={transaction.content ?? ""}
            >
              {transaction.content ?? "—"}
            </Table.Cell>
            <Table.Cell>
              {transaction.order_id ? (
                <Link
                  to={`/orders/${transaction.order_id}`}
                  className="text-ui-fg-interactive"
                >
                  {transaction.order_id}
                </Link>
              ) : (
                "—"
              )}
            </Table.Cell>
            <Table.Cell>
              <OutcomeBadge outcome={transaction.outcome} />
            </Table.Cell>
            <Table.Cell className="text-right">
              {canMatch(transaction) && (
                <Button
                  size="small"
                  variant="secondary"
                  onClick={() => onMatch(transaction)}
                >
                  {t("xtBankTransfers.match.action")}
                </Button>
              )}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
