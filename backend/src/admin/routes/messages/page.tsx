import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Container, Heading, Select, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import {
  emailedInstead,
  MESSAGE_FIELDS,
  type SentMessage,
} from "../../components/message-record"
import { MessageSettings } from "../../components/message-settings"
import { MessageTable } from "../../components/message-table"
import { adminCall } from "../../lib/client"

type MessagePage = {
  notifications: SentMessage[]
  count: number
  limit: number
  offset: number
}

const PAGE_SIZE = 20
const ALL = "all"
const FAILED = "failure"
const CHANNELS = ["email", "zalo"] as const

/** Officers see what the market told whom, and choose which messages they receive themselves. */
const MessagesPage = () => {
  const { t } = useTranslation()
  const [status, setStatus] = useState<string>(ALL)
  const [channel, setChannel] = useState<string>(ALL)
  const [pageIndex, setPageIndex] = useState(0)

  const params = new URLSearchParams({
    fields: MESSAGE_FIELDS.join(","),
    order: "-created_at",
    limit: String(PAGE_SIZE),
    offset: String(pageIndex * PAGE_SIZE),
  })
  if (channel !== ALL) params.set("channel", channel)

  const { data, error, isLoading } = useQuery({
    queryKey: ["xt-messages", "list", params.toString()],
    queryFn: () => adminCall<MessagePage>(`/admin/notifications?${params}`),
    // Keeps the current page on screen while the next one loads.
    placeholderData: keepPreviousData,
  })
  const count = data?.count ?? 0
  const pageCount = Math.ceil(count / PAGE_SIZE)

  const loaded = data?.notifications ?? []
  // Medusa's list route accepts no status filter (it refuses unknown query fields), so "failed
  // only" keeps the failures of the page loaded; the pagination still counts every message.
  const shown =
    status === FAILED
      ? loaded.filter((message) => message.status === FAILED)
      : loaded

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="px-6 py-4">
        <Heading level="h1">{t("xtMessages.title")}</Heading>
        <Text className="text-ui-fg-subtle" size="small">
          {t("xtMessages.subtitle")}
        </Text>
      </Container>
      <MessageSettings />
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{t("xtMessages.sent.title")}</Heading>
          <Text className="text-ui-fg-subtle" size="small">
            {t("xtMessages.sent.subtitle")}
          </Text>
        </div>
        <div className="flex flex-wrap items-end gap-3 px-6 py-4">
          <div className="w-56">
            <Select value={status} onValueChange={setStatus}>
              <Select.Trigger aria-label={t("xtMessages.filters.status")}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={ALL}>
                  {t("xtMessages.filters.allStatuses")}
                </Select.Item>
                <Select.Item value={FAILED}>
                  {t("xtMessages.filters.failedOnly")}
                </Select.Item>
              </Select.Content>
            </Select>
          </div>
          <div className="w-56">
            <Select
              value={channel}
              onValueChange={(value) => {
                setChannel(value)
                setPageIndex(0)
              }}
            >
              <Select.Trigger aria-label={t("xtMessages.filters.channel")}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={ALL}>
                  {t("xtMessages.filters.allChannels")}
                </Select.Item>
                {CHANNELS.map((value) => (
                  <Select.Item key={value} value={value}>
                    {t(`xtMessages.channels.${value}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
        </div>
        {error ? (
          <Text className="px-6 py-4 text-ui-fg-error">
            {t("xtMessages.loadFailed", { message: (error as Error).message })}
          </Text>
        ) : isLoading ? (
          <Text className="px-6 py-4">{t("xtMessages.loading")}</Text>
        ) : !count ? (
          <Text className="px-6 py-4 text-ui-fg-subtle">
            {t("xtMessages.empty")}
          </Text>
        ) : (
          <div>
            {shown.length ? (
              <MessageTable
                messages={shown}
                replacedByEmail={emailedInstead(loaded)}
              />
            ) : (
              <Text className="px-6 py-4 text-ui-fg-subtle">
                {t("xtMessages.noFailuresOnPage")}
              </Text>
            )}
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
                of: t("xtMessages.pagination.of"),
                results: t("xtMessages.pagination.results"),
                pages: t("xtMessages.pagination.pages"),
                prev: t("xtMessages.pagination.prev"),
                next: t("xtMessages.pagination.next"),
              }}
            />
          </div>
        )}
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "xtMessages.menu",
  translationNs: "translation",
  icon: ChatBubbleLeftRight,
})

export default MessagesPage
