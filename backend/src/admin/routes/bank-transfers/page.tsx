import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Container, Heading, Input, Select, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { MatchTransferDrawer } from "../../components/bank-transfer-match"
import {
  type BankTransaction,
  OUTCOMES,
} from "../../components/bank-transfer-outcome"
import { BankTransferTable } from "../../components/bank-transfer-table"
import { adminCall } from "../../lib/client"

type TransactionPage = {
  transactions: BankTransaction[]
  count: number
  limit: number
  offset: number
}

const PAGE_SIZE = 20
// Without an outcome the backend lists every transfer still waiting for an officer.
const ATTENTION = "attention"
// Searching on each keystroke would send a request per letter typed.
const SEARCH_DELAY_MS = 300
// The backend refuses a longer search; references and contents are shorter anyway.
const SEARCH_MAX = 100

/** Officers review what the bank reported and match stray transfers to the orders they pay. */
const BankTransfersPage = () => {
  const { t } = useTranslation()
  const [outcome, setOutcome] = useState<string>(ATTENTION)
  const [search, setSearch] = useState("")
  const [q, setQ] = useState("")
  const [pageIndex, setPageIndex] = useState(0)
  const [matching, setMatching] = useState<BankTransaction | null>(null)

  useEffect(() => {
    const timer = setTimeout(() => {
      setQ(search.trim())
      setPageIndex(0)
    }, SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
  }, [search])

  const params = new URLSearchParams({
    limit: String(PAGE_SIZE),
    offset: String(pageIndex * PAGE_SIZE),
  })
  if (outcome !== ATTENTION) params.set("outcome", outcome)
  if (q) params.set("q", q)

  const { data, error, isLoading } = useQuery({
    queryKey: ["xt-bank-transfers", "list", params.toString()],
    queryFn: () =>
      adminCall<TransactionPage>(`/admin/bank-transactions?${params}`),
    // Keeps the current page on screen while the next one loads.
    placeholderData: keepPreviousData,
  })
  const count = data?.count ?? 0
  const pageCount = Math.ceil(count / PAGE_SIZE)
  // Matching the last transfer of the last page empties it: step back to one that has rows.
  useEffect(() => {
    if (data && pageIndex > 0 && pageIndex >= pageCount) {
      setPageIndex(Math.max(pageCount - 1, 0))
    }
  }, [data, pageIndex, pageCount])

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">{t("xtBankTransfers.title")}</Heading>
        <Text className="text-ui-fg-subtle" size="small">
          {t("xtBankTransfers.subtitle")}
        </Text>
      </div>
      <div className="flex flex-wrap items-end gap-3 px-6 py-4">
        <div className="w-64">
          <Select
            value={outcome}
            onValueChange={(value) => {
              setOutcome(value)
              setPageIndex(0)
            }}
          >
            <Select.Trigger aria-label={t("xtBankTransfers.filters.outcome")}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ATTENTION}>
                {t("xtBankTransfers.filters.attention")}
              </Select.Item>
              {OUTCOMES.map((value) => (
                <Select.Item key={value} value={value}>
                  {t(`xtBankTransfers.outcomes.${value}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div className="w-80">
          <Input
            type="search"
            maxLength={SEARCH_MAX}
            placeholder={t("xtBankTransfers.filters.search")}
            aria-label={t("xtBankTransfers.filters.search")}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
      </div>
      {error ? (
        <Text className="px-6 py-4 text-ui-fg-error">
          {t("xtBankTransfers.loadFailed", {
            message: (error as Error).message,
          })}
        </Text>
      ) : isLoading ? (
        <Text className="px-6 py-4">{t("xtBankTransfers.loading")}</Text>
      ) : !data?.transactions.length ? (
        <Text className="px-6 py-4 text-ui-fg-subtle">
          {t("xtBankTransfers.empty")}
        </Text>
      ) : (
        <div>
          <BankTransferTable
            transactions={data.transactions}
            onMatch={setMatching}
          />
          <Table.Pagination
            count={count}
            pageSize={PAGE_SIZE}
            pageIndex={pageIndex}
            pageCount={pageCount}
            canPreviousPage={pageIndex > 0}
            canNextPage={pageIndex + 1 < pageCount}
            previousPage={() => setPageIndex((index) => index - 1)}
            nextPage={() => setPageIndex((index) => index + 1)}
            translations={{
              of: t("xtBankTransfers.pagination.of"),
              results: t("xtBankTransfers.pagination.results"),
              pages: t("xtBankTransfers.pagination.pages"),
              prev: t("xtBankTransfers.pagination.prev"),
              next: t("xtBankTransfers.pagination.next"),
            }}
          />
        </div>
      )}
      <MatchTransferDrawer
        transaction={matching}
        onClose={() => setMatching(null)}
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "xtBankTransfers.menu",
  translationNs: "translation",
  icon: Cash,
})

export default BankTransfersPage
