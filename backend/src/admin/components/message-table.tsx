import { Table } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import {
  ChannelBadge,
  KindLabel,
  MessageResource,
  messageTime,
  type SentMessage,
  StatusBadge,
} from "./message-record"

const COLUMNS = [
  "time",
  "kind",
  "recipient",
  "channel",
  "status",
  "about",
] as const

/** One page of sent messages, newest first. */
export const MessageTable = ({
  messages,
  replacedByEmail,
}: {
  messages: SentMessage[]
  /** Ids of the refused Zalo messages whose recipient was emailed instead. */
  replacedByEmail: Set<string>
}) => {
  const { t, i18n } = useTranslation()
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          {COLUMNS.map((column) => (
            <Table.HeaderCell key={column}>
              {t(`xtMessages.columns.${column}`)}
            </Table.HeaderCell>
          ))}
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {messages.map((message) => (
          <Table.Row key={message.id}>
            <Table.Cell className="whitespace-nowrap">
              {messageTime(message.created_at, i18n.language)}
            </Table.Cell>
            <Table.Cell>
              <KindLabel template={message.template} />
            </Table.Cell>
            <Table.Cell className="max-w-xs truncate" title={message.to}>
              {message.to}
            </Table.Cell>
            <Table.Cell>
              <ChannelBadge channel={message.channel} />
            </Table.Cell>
            <Table.Cell>
              <StatusBadge
                message={message}
                replacedByEmail={replacedByEmail.has(message.id)}
              />
            </Table.Cell>
            <Table.Cell>
              <MessageResource message={message} />
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
