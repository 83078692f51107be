import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Volunteers } from "../../components/volunteers"
import { adminCall, type ProducerStatus } from "../../lib/client"

type Figures = {
  producers: Partial<Record<ProducerStatus, number>>
  live_products: number
  invites_sent: number
  invites_accepted: number
}
// GET /admin/onboarding/stats (src/utils/onboarding-stats.ts).
type Stats = {
  totals: Figures
  by_village: (Figures & { village: string | null })[]
  by_onboarder: (Figures & {
    onboarder: { id: string; name: string; team: string | null }
  })[]
}

const STATUSES: ProducerStatus[] = [
  "draft",
  "submitted",
  "verified",
  "suspended",
]

const FiguresTable = ({
  title,
  label,
  rows,
}: {
  title: string
  label: string
  rows: { key: string; name: string; figures: Figures }[]
}) => {
  const { t } = useTranslation()
  const total = (pick: (figures: Figures) => number) =>
    rows.reduce((sum, row) => sum + pick(row.figures), 0)
  const columns: [string, (figures: Figures) => number][] = [
    ...STATUSES.map(
      (status) =>
        [
          t(`xtProducers.status.${status}`),
          (figures: Figures) => figures.producers[status] ?? 0,
        ] as [string, (figures: Figures) => number]
    ),
    [
      t("xtProducers.dashboard.liveProducts"),
      (figures) => figures.live_products,
    ],
    [t("xtProducers.dashboard.invitesSent"), (figures) => figures.invites_sent],
    [
      t("xtProducers.dashboard.invitesAccepted"),
      (figures) => figures.invites_accepted,
    ],
  ]
  return (
    <Container className="p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{title}</Heading>
      </div>
      {rows.length === 0 ? (
        <Text className="px-6 pb-4 text-ui-fg-subtle">
          {t("xtProducers.dashboard.empty")}
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{label}</Table.HeaderCell>
              {columns.map(([name]) => (
                <Table.HeaderCell key={name} className="text-right">
                  {name}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={row.key}>
                <Table.Cell>{row.name}</Table.Cell>
                {columns.map(([name, pick]) => (
                  <Table.Cell key={name} className="text-right">
                    {pick(row.figures)}
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
            <Table.Row>
              <Table.Cell className="font-medium">
                {t("xtProducers.dashboard.total")}
              </Table.Cell>
              {columns.map(([name, pick]) => (
                <Table.Cell key={name} className="text-right font-medium">
                  {total(pick)}
                </Table.Cell>
              ))}
            </Table.Row>
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

/** What the commune reports upward (producers, live products, invites), and its volunteers. */
const OnboardingDashboardPage = () => {
  const { t } = useTranslation()
  const { data, error } = useQuery({
    queryKey: ["xt-producers", "onboarding-stats"],
    queryFn: () => adminCall<{ stats: Stats }>("/admin/onboarding/stats"),
  })
  const stats = data?.stats
  return (
    <div className="flex flex-col gap-3">
      <Container className="px-6 py-4">
        <Heading level="h1">{t("xtProducers.dashboard.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("xtProducers.dashboard.subtitle")}
        </Text>
      </Container>
      {error && (
        <Text className="text-ui-fg-error">
          {t("xtProducers.error", { message: (error as Error).message })}
        </Text>
      )}
      {stats && (
        <>
          <FiguresTable
            title={t("xtProducers.dashboard.byVillage")}
            label={t("xtProducers.dashboard.village")}
            rows={stats.by_village.map((row) => ({
              key: row.village ?? "",
              name: row.village ?? t("xtProducers.dashboard.noVillage"),
              figures: row,
            }))}
          />
          <FiguresTable
            title={t("xtProducers.dashboard.byVolunteer")}
            label={t("xtProducers.dashboard.volunteer")}
            rows={stats.by_onboarder.map((row) => ({
              key: row.onboarder.id,
              name: [row.onboarder.name, row.onboarder.team]
                .filter(Boolean)
                .join(" · "),
              figures: row,
            }))}
          />
        </>
      )}
      <Volunteers />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "xtProducers.dashboard.menu",
  translationNs: "translation",
  icon: ChartBar,
})

export default OnboardingDashboardPage
