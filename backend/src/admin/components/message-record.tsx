import { Badge, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { MESSAGE_KINDS, type MessageKind } from "../../notifications/kinds"
import { intlLocale } from "../lib/client"

/** One notification as Medusa's `GET /admin/notifications` returns the fields this page asks for. */
export type SentMessage = {
  id: string
  to: string
  channel: string
  template: string | null
  status: "pending" | "success" | "failure"
  resource_type: string | null
  resource_id: string | null
  idempotency_key: string | null
  created_at: string
  data: { zalo_error?: string } | null
}

export const MESSAGE_FIELDS = [
  "id",
  "to",
  "channel",
  "template",
  "status",
  "resource_type",
  "resource_id",
  "idempotency_key",
  "created_at",
  "data",
] as const satisfies readonly (keyof SentMessage)[]

const NOT_A_ZALO_USER = "not_a_zalo_user"

const isKind = (value: string | null): value is MessageKind =>
  (MESSAGE_KINDS as readonly (string | null)[]).includes(value)

const RESOURCE_TYPES = [
  "order",
  "producer",
  "product_variant",
  "bank_transaction",
  "producer_member",
] as const

type ResourceType = (typeof RESOURCE_TYPES)[number]

const isResourceType = (value: string | null): value is ResourceType =>
  (RESOURCE_TYPES as readonly (string | null)[]).includes(value)

// The pages of the admin that show a resource; the others have no page of their own.
const RESOURCE_PAGE: Partial<Record<ResourceType, string>> = {
  order: "/orders",
  producer: "/producers",
}

/**
 * The Zalo messages of `messages` that Zalo refused because the number has no Zalo account and
 * that went out by email afterwards. The email attempt of one message shares the Zalo
 * attempt's idempotency key but for its channel suffix (`<message>:zalo`, `<message>:email`),
 * so only pairs loaded together can be told apart.
 */
export function emailedInstead(messages: SentMessage[]): Set<string> {
  const emailed = new Set(
    messages
      .filter((message) => message.channel === "email")
      .map((message) => message.idempotency_key)
  )
  return new Set(
    messages
      .filter(
        (message) =>
          message.channel === "zalo" &&
          message.data?.zalo_error === NOT_A_ZALO_USER &&
          message.idempotency_key?.endsWith(":zalo") &&
          emailed.has(message.idempotency_key.replace(/:zalo$/, ":email"))
      )
      .map((message) => message.id)
  )
}

/** When a message left, on the market's own clock whatever the officer's browser says. */
export const messageTime = (value: string, locale: string) =>
  new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Ho_Chi_Minh",
  }).format(new Date(value))

export const KindLabel = ({ template }: { template: string | null }) => {
  const { t } = useTranslation()
  return (
    <>
      {isKind(template)
        ? t(`xtMessages.kinds.${template}`)
        : t("xtMessages.kinds.other", { template: template ?? "—" })}
    </>
  )
}

export const ChannelBadge = ({ channel }: { channel: string }) => {
  const { t } = useTranslation()
  const known = channel === "email" || channel === "zalo"
  return (
    <Badge size="2xsmall" color={channel === "zalo" ? "blue" : "grey"}>
      {known ? t(`xtMessages.channels.${channel}`) : channel}
    </Badge>
  )
}

/** Whether the message reached its recipient; a refused Zalo message says why and what followed. */
export const StatusBadge = ({
  message,
  replacedByEmail,
}: {
  message: SentMessage
  replacedByEmail: boolean
}) => {
  const { t } = useTranslation()
  if (message.status === "success") {
    return (
      <Badge size="2xsmall" color="green">
        {t("xtMessages.statuses.success")}
      </Badge>
    )
  }
  if (message.status === "pending") {
    return (
      <Badge size="2xsmall" color="grey">
        {t("xtMessages.statuses.pending")}
      </Badge>
    )
  }
  const zaloError = message.data?.zalo_error
  if (zaloError === NOT_A_ZALO_USER) {
    return replacedByEmail ? (
      <Badge size="2xsmall" color="orange">
        {t("xtMessages.statuses.emailedInstead")}
      </Badge>
    ) : (
      <Badge size="2xsmall" color="red">
        {t("xtMessages.statuses.notOnZalo")}
      </Badge>
    )
  }
  return (
    <div className="flex flex-col items-start gap-0.5">
      <Badge size="2xsmall" color="red">
        {t("xtMessages.statuses.failure")}
      </Badge>
      {zaloError && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {zaloError}
        </Text>
      )}
    </div>
  )
}

/** What the message is about: a link when the admin has a page for it, its id otherwise. */
export const MessageResource = ({ message }: { message: SentMessage }) => {
  const { t } = useTranslation()
  const { resource_type: type, resource_id: id } = message
  if (!id) {
    return <>—</>
  }
  const label = isResourceType(type)
    ? t(`xtMessages.resources.${type}`)
    : (type ?? "")
  const page = isResourceType(type) ? RESOURCE_PAGE[type] : undefined
  return (
    <div className="flex flex-col">
      {page ? (
        <Link to={`${page}/${id}`} className="text-ui-fg-interactive">
          {label}
        </Link>
      ) : (
        <span>{label}</span>
      )}
      <Text
        size="xsmall"
        className="text-ui-fg-subtle max-w-48 truncate"
        title={id}
      >
        {id}
      </Text>
    </div>
  )
}
