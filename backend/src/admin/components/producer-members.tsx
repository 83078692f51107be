import { Button, Text, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { adminCall, adminDelete, formatDate } from "../lib/client"
import { Section } from "./section"

type Member = {
  id: string
  email: string
  name: string | null
  created_at: string
}

/** Who signs in to the producer portal for this producer; officers can take that access away. */
export const ProducerMembers = ({ producerId }: { producerId: string }) => {
  const { t, i18n } = useTranslation()
  const client = useQueryClient()
  const prompt = usePrompt()
  const { data, error, isLoading } = useQuery({
    queryKey: ["xt-producers", "members", producerId],
    queryFn: () =>
      adminCall<{ members: Member[] }>(
        `/admin/producers/${producerId}/members`
      ),
  })
  const remove = useMutation({
    mutationFn: (memberId: string) =>
      adminDelete(`/admin/producers/${producerId}/members/${memberId}`),
    onSuccess: () => {
      toast.success(t("xtProducers.members.removed"))
      return client.invalidateQueries({ queryKey: ["xt-producers"] })
    },
    onError: (error: Error) => toast.error(error.message),
  })

  const confirmRemove = async (member: Member) => {
    const confirmed = await prompt({
      title: t("xtProducers.members.confirmTitle", { email: member.email }),
      description: t("xtProducers.members.confirmDescription"),
      confirmText: t("xtProducers.members.remove"),
      cancelText: t("xtProducers.detail.cancel"),
    })
    if (confirmed) remove.mutate(member.id)
  }

  return (
    <Section title={t("xtProducers.members.title")}>
      {error ? (
        <Text size="small" className="text-ui-fg-error">
          {t("xtProducers.error", { message: (error as Error).message })}
        </Text>
      ) : isLoading ? (
        <Text size="small">{t("xtProducers.loading")}</Text>
      ) : !data?.members.length ? (
        <Text size="small">{t("xtProducers.members.none")}</Text>
      ) : (
        <ul className="flex flex-col">
          {data.members.map((member) => (
            <li
              key={member.id}
              className="flex items-center justify-between gap-2 border-b py-2 last:border-b-0"
            >
              <div className="flex flex-col txt-small">
                <span className="txt-small-plus">{member.email}</span>
                <span className="text-ui-fg-subtle">
                  {member.name || "—"} ·{" "}
                  {t("xtProducers.members.joined", {
                    date: formatDate(member.created_at, i18n.language),
                  })}
                </span>
              </div>
              <Button
                size="small"
                variant="secondary"
                isLoading={remove.isPending && remove.variables === member.id}
                onClick={() => confirmRemove(member)}
              >
                {t("xtProducers.members.remove")}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  )
}
