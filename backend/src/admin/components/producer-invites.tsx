import { Badge, Button, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { adminCall, formatDate, formatDateTime } from "../lib/client"
import { Section } from "./section"

type InviteState = "open" | "used" | "expired"
type Invite = {
  id: string
  email: string
  expires_at: string
  accepted_at: string | null
  created_at: string
  state: InviteState
}

const STATE_COLOR: Record<InviteState, "blue" | "green" | "grey"> = {
  open: "blue",
  used: "green",
  expired: "grey",
}

/** Officers invite a member by email and hand over the one-time link; earlier invites below. */
export const ProducerInvites = ({ producerId }: { producerId: string }) => {
  const { t, i18n } = useTranslation()
  const locale = i18n.language
  const client = useQueryClient()
  const [email, setEmail] = useState("")
  const { data, error, isLoading } = useQuery({
    queryKey: ["xt-producers", "invites", producerId],
    queryFn: () =>
      adminCall<{ invites: Invite[] }>(
        `/admin/producers/${producerId}/invites`
      ),
  })
  const invite = useMutation({
    mutationFn: (address: string) =>
      adminCall<{ invite: { url: string; expires_at: string } }>(
        `/admin/producers/${producerId}/invites`,
        { email: address }
      ),
    onSuccess: () => {
      setEmail("")
      return client.invalidateQueries({ queryKey: ["xt-producers"] })
    },
  })
  const created = invite.data?.invite

  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url)
      toast.success(t("xtProducers.invites.copied"))
    } catch {
      // Browsers withhold the clipboard outside HTTPS; the link stays selectable in its field.
      toast.error(t("xtProducers.invites.copyFailed"))
    }
  }

  return (
    <Section title={t("xtProducers.invites.title")}>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault()
          invite.mutate(email.trim())
        }}
      >
        <div className="flex w-72 flex-col gap-1">
          <Label htmlFor="xt-invite-email">
            {t("xtProducers.invites.email")}
          </Label>
          <Input
            id="xt-invite-email"
            type="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </div>
        <Button
          size="small"
          type="submit"
          disabled={!email.trim()}
          isLoading={invite.isPending}
        >
          {t("xtProducers.invites.create")}
        </Button>
      </form>
      {invite.error && (
        <Text size="small" className="text-ui-fg-error">
          {invite.error.message}
        </Text>
      )}
      {created && (
        <div className="flex flex-col gap-1 rounded border p-3">
          <Label htmlFor="xt-invite-url">{t("xtProducers.invites.link")}</Label>
          <div className="flex items-center gap-2">
            <Input
              id="xt-invite-url"
              readOnly
              value={created.url}
              onFocus={(event) => event.target.select()}
            />
            <Button
              size="small"
              variant="secondary"
              type="button"
              onClick={() => copy(created.url)}
            >
              {t("xtProducers.invites.copy")}
            </Button>
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {t("xtProducers.invites.expires", {
              date: formatDateTime(created.expires_at, locale),
            })}
          </Text>
        </div>
      )}
      <Heading level="h3">{t("xtProducers.invites.list")}</Heading>
      {error ? (
        <Text size="small" className="text-ui-fg-error">
          {t("xtProducers.error", { message: (error as Error).message })}
        </Text>
      ) : isLoading ? (
        <Text size="small">{t("xtProducers.loading")}</Text>
      ) : !data?.invites.length ? (
        <Text size="small">{t("xtProducers.invites.none")}</Text>
      ) : (
        <ul className="flex flex-col">
          {data.invites.map((entry) => (
            <li
              key={entry.id}
              className="flex items-center justify-between gap-2 border-b py-2 last:border-b-0"
            >
              <div className="flex flex-col txt-small">
                <span className="txt-small-plus">{entry.email}</span>
                <span className="text-ui-fg-subtle">
                  {t("xtProducers.invites.sent", {
                    date: formatDate(entry.created_at, locale),
                  })}{" "}
                  ·{" "}
                  {entry.accepted_at
                    ? t("xtProducers.invites.accepted", {
                        date: formatDate(entry.accepted_at, locale),
                      })
                    : t("xtProducers.invites.validUntil", {
                        date: formatDateTime(entry.expires_at, locale),
                      })}
                </span>
              </div>
              <Badge color={STATE_COLOR[entry.state]} size="2xsmall">
                {t(`xtProducers.invites.states.${entry.state}`)}
              </Badge>
            </li>
          ))}
        </ul>
      )}
    </Section>
  )
}
