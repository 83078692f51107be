import {
  Badge,
  Button,
  Container,
  Heading,
  Table,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { adminCall, formatDate } from "../lib/client"
import { VolunteerForm } from "./volunteer-form"

type Volunteer = {
  id: string
  name: string
  email: string
  team: string | null
  village: string | null
  phone: string | null
  producer_count: number
  deactivated_at: string | null
}

const COLUMNS = [
  "name",
  "email",
  "team",
  "village",
  "phone",
  "producers",
  "status",
] as const

/** The volunteers' accounts: officers add one, or end one's access at once. */
export const Volunteers = () => {
  const { t, i18n } = useTranslation()
  const client = useQueryClient()
  const prompt = usePrompt()
  const { data, error, isLoading } = useQuery({
    queryKey: ["xt-producers", "onboarders"],
    queryFn: () =>
      adminCall<{ onboarders: Volunteer[]; count: number }>(
        "/admin/onboarders"
      ),
  })
  const deactivate = useMutation({
    mutationFn: (id: string) =>
      adminCall(`/admin/onboarders/${id}/deactivate`, {}),
    onSuccess: () => {
      toast.success(t("xtProducers.volunteers.deactivated"))
      return client.invalidateQueries({ queryKey: ["xt-producers"] })
    },
    onError: (error: Error) => toast.error(error.message),
  })

  const confirmDeactivate = async (volunteer: Volunteer) => {
    const confirmed = await prompt({
      title: t("xtProducers.volunteers.confirmTitle", {
        name: volunteer.name,
      }),
      description: t("xtProducers.volunteers.confirmDescription"),
      confirmText: t("xtProducers.volunteers.deactivate"),
      cancelText: t("xtProducers.volunteers.cancel"),
    })
    if (confirmed) deactivate.mutate(volunteer.id)
  }

  return (
    <Container className="p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div>
          <Heading level="h2">{t("xtProducers.volunteers.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("xtProducers.volunteers.subtitle")}
          </Text>
        </div>
        <VolunteerForm />
      </div>
      {error ? (
        <Text className="px-6 pb-4 text-ui-fg-error">
          {t("xtProducers.error", { message: (error as Error).message })}
        </Text>
      ) : isLoading ? (
        <Text className="px-6 pb-4">{t("xtProducers.loading")}</Text>
      ) : !data?.onboarders.length ? (
        <Text className="px-6 pb-4 text-ui-fg-subtle">
          {t("xtProducers.volunteers.none")}
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              {COLUMNS.map((column) => (
                <Table.HeaderCell
                  key={column}
                  className={column === "producers" ? "text-right" : undefined}
                >
                  {t(`xtProducers.volunteers.columns.${column}`)}
                </Table.HeaderCell>
              ))}
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.onboarders.map((volunteer) => (
              <Table.Row
                key={volunteer.id}
                className={volunteer.deactivated_at ? "text-ui-fg-muted" : ""}
              >
                <Table.Cell>{volunteer.name}</Table.Cell>
                <Table.Cell>{volunteer.email}</Table.Cell>
                <Table.Cell>{volunteer.team || "—"}</Table.Cell>
                <Table.Cell>{volunteer.village || "—"}</Table.Cell>
                <Table.Cell>{volunteer.phone || "—"}</Table.Cell>
                <Table.Cell className="text-right">
                  {volunteer.producer_count}
                </Table.Cell>
                <Table.Cell>
                  {volunteer.deactivated_at ? (
                    <Badge color="grey" size="2xsmall">
                      {t("xtProducers.volunteers.inactiveSince", {
                        date: formatDate(
                          volunteer.deactivated_at,
                          i18n.language
                        ),
                      })}
                    </Badge>
                  ) : (
                    <Badge color="green" size="2xsmall">
                      {t("xtProducers.volunteers.active")}
                    </Badge>
                  )}
                </Table.Cell>
                <Table.Cell className="text-right">
                  {!volunteer.deactivated_at && (
                    <Button
                      size="small"
                      variant="secondary"
                      isLoading={
                        deactivate.isPending &&
                        deactivate.variables === volunteer.id
                      }
                      onClick={() => confirmDeactivate(volunteer)}
                    >
                      {t("xtProducers.volunteers.deactivate")}
                    </Button>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}
