import type { Audience } from "../../domain/message-audience"
import type {
  MessageFacts,
  MessageKind,
  MessageLocale,
} from "../../notifications/kinds"

/** A link people open from the message, listed in the notification's `data`. */
export type MessageLinks = {
  order_url?: string
  portal_url?: string
  admin_url?: string
  reset_url?: string
  invite_url?: string
  accept_url?: string
  sign_up_url?: string
}

export type MessageRecipient = {
  audience: Audience
  /** A member's or officer's id, for their settings; null for a shopper. */
  id: string | null
  email: string | null
  /** A Vietnamese phone number; messages go to Zalo only with `zalo` consent. */
  phone?: string | null
  zalo?: boolean
}

/** One message to one recipient, with what it is about and its facts. */
export type OutgoingMessage<K extends MessageKind = MessageKind> = {
  kind: K
  locale: MessageLocale
  facts: MessageFacts[K]
  recipient: MessageRecipient
  resource: { type: string; id: string }
  links: MessageLinks
  /**
   * Names this message among all messages ever sent: a redelivered event makes the same key,
   * and Medusa's notification module sends nothing twice under one key.
   */
  key: string
}
