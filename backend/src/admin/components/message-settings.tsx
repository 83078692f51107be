import { Container, Heading, Label, Switch, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { AdminCallError, adminCall } from "../lib/client"
import { KindLabel } from "./message-record"

type Setting = { kind: string; enabled: boolean }
type SettingsResponse = { settings: Setting[] }

const SETTINGS_KEY = ["xt-messages", "settings"]
const SETTINGS_PATH = "/admin/notification-settings"

// The kinds whose label and hint this page words itself; a kind the backend learns later
// still gets a switch, named like its messages in the list below.
const WORDED_KINDS = [
  "officer-producer-submitted",
  "officer-transfer-attention",
] as const

type WordedKind = (typeof WORDED_KINDS)[number]

const isWorded = (kind: string): kind is WordedKind =>
  (WORDED_KINDS as readonly string[]).includes(kind)

/** The signed-in officer's own messages: one switch per kind they may turn off. */
export const MessageSettings = () => {
  const { t } = useTranslation()
  const client = useQueryClient()
  const { data, error, isLoading } = useQuery({
    queryKey: SETTINGS_KEY,
    queryFn: () => adminCall<SettingsResponse>(SETTINGS_PATH),
  })
  const save = useMutation({
    mutationFn: ({ kind, enabled }: Setting) =>
      adminCall<SettingsResponse>(SETTINGS_PATH, {
        settings: { [kind]: enabled },
      }),
    // The switch moves at once; a refused save puts it back.
    onMutate: async ({ kind, enabled }: Setting) => {
      await client.cancelQueries({ queryKey: SETTINGS_KEY })
      const previous = client.getQueryData<SettingsResponse>(SETTINGS_KEY)
      client.setQueryData<SettingsResponse>(SETTINGS_KEY, (current) =>
        current
          ? {
              settings: current.settings.map((setting) =>
                setting.kind === kind ? { kind, enabled } : setting
              ),
            }
          : current
      )
      return { previous }
    },
    onError: (failure: Error, _choice, context) => {
      client.setQueryData(SETTINGS_KEY, context?.previous)
      // A refused kind is named in the field errors; any other failure in the message.
      const fieldMessages =
        failure instanceof AdminCallError
          ? failure.fieldErrors.map((field) => field.message)
          : []
      toast.error(t("xtMessages.settings.saveFailed"), {
        description: fieldMessages.join("; ") || failure.message,
      })
    },
    onSuccess: (saved) => {
      client.setQueryData(SETTINGS_KEY, saved)
      toast.success(t("xtMessages.settings.saved"))
    },
  })

  return (
    <Container className="flex flex-col gap-4 px-6 py-4">
      <div>
        <Heading level="h2">{t("xtMessages.settings.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("xtMessages.settings.subtitle")}
        </Text>
      </div>
      {error ? (
        <Text className="text-ui-fg-error">
          {t("xtMessages.settings.loadFailed", {
            message: (error as Error).message,
          })}
        </Text>
      ) : isLoading ? (
        <Text>{t("xtMessages.settings.loading")}</Text>
      ) : (
        <ul className="flex flex-col gap-3">
          {data?.settings.map(({ kind, enabled }) => {
            const id = `xt-message-setting-${kind}`
            return (
              <li key={kind} className="flex items-start gap-3">
                <Switch
                  id={id}
                  checked={enabled}
                  disabled={save.isPending && save.variables?.kind === kind}
                  onCheckedChange={(checked) =>
                    save.mutate({ kind, enabled: checked })
                  }
                />
                <div className="flex flex-col">
                  <Label htmlFor={id} weight="plus">
                    {isWorded(kind) ? (
                      t(`xtMessages.settings.kinds.${kind}.label`)
                    ) : (
                      <KindLabel template={kind} />
                    )}
                  </Label>
                  {isWorded(kind) && (
                    <Text size="small" className="text-ui-fg-subtle">
                      {t(`xtMessages.settings.kinds.${kind}.hint`)}
                    </Text>
                  )}
                </div>
              </li>
            )
          })}
        </ul>
      )}
    </Container>
  )
}
