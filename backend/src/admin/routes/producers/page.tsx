import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import {
  Badge,
  Container,
  Heading,
  Input,
  Select,
  Table,
  Tabs,
  Text,
} from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import {
  adminCall,
  formatDate,
  STATUS_COLOR,
  type ProducerStatus,
} from "../../lib/client"

type ProducerRow = {
  id: string
  name: string
  kind: string
  village: string | null
  status: ProducerStatus
  created_at: string
  onboarder: { id: string; name: string } | null
}

const STATUSES: ProducerStatus[] = [
  "draft",
  "submitted",
  "verified",
  "suspended",
]
const ANY = "any"

/** Officers' list of producers, filterable by status, village and volunteer; the queue is a tab. */
const ProducersPage = () => {
  const { t, i18n } = useTranslation()
  const [tab, setTab] = useState<"all" | "queue">("all")
  const [status, setStatus] = useState<string>(ANY)
  const [village, setVillage] = useState("")
  const [volunteer, setVolunteer] = useState<string>(ANY)

  const params = new URLSearchParams({ limit: "200" })
  const effectiveStatus = tab === "queue" ? "submitted" : status
  if (effectiveStatus !== ANY) params.set("status", effectiveStatus)
  if (village.trim()) params.set("village", village.trim())
  if (volunteer !== ANY) params.set("onboarder_id", volunteer)

  const { data, error, isLoading } = useQuery({
    queryKey: ["xt-producers", params.toString()],
    queryFn: () =>
      adminCall<{ producers: ProducerRow[]; count: number }>(
        `/admin/producers?${params}`
      ),
  })
  // Volunteers offered in the filter: everyone who registered a producer listed so far.
  const { data: everyone } = useQuery({
    queryKey: ["xt-producers", "volunteers"],
    queryFn: () =>
      adminCall<{ producers: ProducerRow[] }>("/admin/producers?limit=200"),
  })
  const volunteers = useMemo(() => {
    const byId = new Map<string, string>()
    for (const producer of everyone?.producers ?? []) {
      if (producer.onboarder)
        byId.set(producer.onboarder.id, producer.onboarder.name)
    }
    return [...byId.entries()]
  }, [everyone])

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">{t("xtProducers.title")}</Heading>
        <Text className="text-ui-fg-subtle" size="small">
          {t("xtProducers.subtitle")}
        </Text>
      </div>
      <div className="flex flex-wrap items-end gap-3 px-6 py-4">
        <Tabs
          value={tab}
          onValueChange={(value) => setTab(value as "all" | "queue")}
        >
          <Tabs.List>
            <Tabs.Trigger value="all">{t("xtProducers.tabs.all")}</Tabs.Trigger>
            <Tabs.Trigger value="queue">
              {t("xtProducers.tabs.queue")}
            </Tabs.Trigger>
          </Tabs.List>
        </Tabs>
        {tab === "all" && (
          <div className="w-48">
            <Select value={status} onValueChange={setStatus}>
              <Select.Trigger aria-label={t("xtProducers.filters.status")}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={ANY}>
                  {t("xtProducers.filters.anyStatus")}
                </Select.Item>
                {STATUSES.map((value) => (
                  <Select.Item key={value} value={value}>
                    {t(`xtProducers.status.${value}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
        )}
        <div className="w-48">
          <Input
            placeholder={t("xtProducers.filters.village")}
            aria-label={t("xtProducers.filters.village")}
            value={village}
            onChange={(event) => setVillage(event.target.value)}
          />
        </div>
        <div className="w-56">
          <Select value={volunteer} onValueChange={setVolunteer}>
            <Select.Trigger aria-label={t("xtProducers.filters.volunteer")}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ANY}>
                {t("xtProducers.filters.anyVolunteer")}
              </Select.Item>
              {volunteers.map(([id, name]) => (
                <Select.Item key={id} value={id}>
                  {name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      {error ? (
        <Text className="px-6 py-4 text-ui-fg-error">
          {t("xtProducers.error", { message: (error as Error).message })}
        </Text>
      ) : isLoading ? (
        <Text className="px-6 py-4">{t("xtProducers.loading")}</Text>
      ) : !data?.producers.length ? (
        <Text className="px-6 py-4 text-ui-fg-subtle">
          {t("xtProducers.empty")}
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>
                {t("xtProducers.columns.name")}
              </Table.HeaderCell>
              <Table.HeaderCell>
                {t("xtProducers.columns.kind")}
              </Table.HeaderCell>
              <Table.HeaderCell>
                {t("xtProducers.columns.village")}
              </Table.HeaderCell>
              <Table.HeaderCell>
                {t("xtProducers.columns.volunteer")}
              </Table.HeaderCell>
              <Table.HeaderCell>
                {t("xtProducers.columns.status")}
              </Table.HeaderCell>
              <Table.HeaderCell>
                {t("xtProducers.columns.created")}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.producers.map((producer) => (
              <Table.Row key={producer.id}>
                <Table.Cell>
                  <Link
                    to={`/producers/${producer.id}`}
                    className="text-ui-fg-interactive"
                  >
                    {producer.name}
                  </Link>
                </Table.Cell>
                <Table.Cell>
                  {t(`xtProducers.kind.${producer.kind}`)}
                </Table.Cell>
                <Table.Cell>{producer.village ?? "—"}</Table.Cell>
                <Table.Cell>{producer.onboarder?.name ?? "—"}</Table.Cell>
                <Table.Cell>
                  <Badge color={STATUS_COLOR[producer.status]} size="2xsmall">
                    {t(`xtProducers.status.${producer.status}`)}
                  </Badge>
                </Table.Cell>
                <Table.Cell>
                  {formatDate(producer.created_at, i18n.language)}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "xtProducers.menu",
  translationNs: "translation",
  icon: Buildings,
})

export default ProducersPage
