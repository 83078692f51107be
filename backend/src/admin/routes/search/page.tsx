import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MagnifyingGlass } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

type SearchIndexStatus = {
  name: string
  provider: string
  status: "pending" | "building" | "ready" | "error"
  document_count: number
  product_count: number
  last_run: {
    status: "pending" | "processing" | "done" | "failed" | "canceled"
    documents_synced: number
    started_at: string | null
    completed_at: string | null
    error: string | null
  } | null
}

const POLL_MS = 2_000
const STATE_COLORS = {
  pending: "grey",
  building: "orange",
  ready: "green",
  error: "red",
} as const

async function call<T>(path: string, method: "GET" | "POST" = "GET") {
  const response = await fetch(path, {
    method,
    credentials: "include",
    headers: { "content-type": "application/json" },
    body: method === "POST" ? "{}" : undefined,
  })
  const data = await response.json()
  if (!response.ok) {
    throw new Error(data.message ?? response.statusText)
  }
  return data as T
}

const isRunning = (status: SearchIndexStatus | null) =>
  status?.status === "building" ||
  status?.last_run?.status === "pending" ||
  status?.last_run?.status === "processing"

/** Officers see the product index's state and rebuild it, following its progress. */
const SearchIndexPage = () => {
  const { t, i18n } = useTranslation()
  const [index, setIndex] = useState<SearchIndexStatus | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [asked, setAsked] = useState(false)

  const load = useCallback(async () => {
    try {
      const data = await call<{ search_index: SearchIndexStatus }>(
        "/admin/search-status"
      )
      setIndex(data.search_index)
      setError(null)
    } catch (e) {
      setError((e as Error).message)
    }
  }, [])

  useEffect(() => {
    load()
  }, [load])

  const running = asked || isRunning(index)
  useEffect(() => {
    if (!running) {
      return
    }
    const timer = setInterval(async () => {
      await load()
      setAsked(false)
    }, POLL_MS)
    return () => clearInterval(timer)
  }, [running, load])

  const reindex = async () => {
    try {
      setAsked(true)
      await call("/admin/search-indexes/product/reindex", "POST")
      toast.success(t("search.started"))
    } catch (e) {
      setAsked(false)
      toast.error((e as Error).message)
    }
  }

  const number = (value: number) => value.toLocaleString(i18n.language)
  const lastIndexedAt = index?.last_run?.completed_at
    ? new Date(index.last_run.completed_at).toLocaleString(i18n.language)
    : t("search.never")
  const synced = index?.last_run?.documents_synced ?? 0
  const total = Math.max(index?.product_count ?? 0, synced, 1)

  return (
    <Container className="divide-y p-0" data-testid="search-index-status">
      <div className="flex items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">{t("search.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("search.description")}
          </Text>
        </div>
        <Button
          onClick={reindex}
          isLoading={running}
          disabled={running || !index}
          data-testid="search-reindex"
        >
          {running ? t("search.reindexing") : t("search.reindex")}
        </Button>
      </div>
      {error && (
        <Text className="text-ui-fg-error px-6 py-4">
          {t("search.failed", { message: error })}
        </Text>
      )}
      {index && (
        <dl className="grid grid-cols-2 gap-y-3 px-6 py-4 text-sm">
          <dt className="text-ui-fg-subtle">{t("search.provider")}</dt>
          <dd>{index.provider}</dd>
          <dt className="text-ui-fg-subtle">{t("search.status")}</dt>
          <dd>
            <Badge color={STATE_COLORS[index.status] ?? "grey"} size="2xsmall">
              {t(`search.states.${index.status}`)}
            </Badge>
          </dd>
          <dt className="text-ui-fg-subtle">{t("search.documents")}</dt>
          <dd data-testid="search-document-count">
            {number(index.document_count)}
          </dd>
          <dt className="text-ui-fg-subtle">{t("search.lastIndexedAt")}</dt>
          <dd>{lastIndexedAt}</dd>
        </dl>
      )}
      {index && running && (
        <div className="px-6 py-4" data-testid="search-reindex-progress">
          <div className="bg-ui-bg-subtle h-2 w-full overflow-hidden rounded-full">
            <div
              className="bg-ui-fg-interactive h-2"
              style={{ width: `${Math.round((synced / total) * 100)}%` }}
            />
          </div>
          <Text size="small" className="text-ui-fg-subtle mt-2">
            {t("search.progress", {
              synced: number(synced),
              total: number(total),
            })}
          </Text>
        </div>
      )}
      {index?.last_run?.status === "failed" && (
        <Text className="text-ui-fg-error px-6 py-4">
          {t("search.runFailed", { message: index.last_run.error ?? "" })}
        </Text>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "search.menu",
  translationNs: "translation",
  icon: MagnifyingGlass,
})

export default SearchIndexPage
