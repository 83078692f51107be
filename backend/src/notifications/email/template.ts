import type { ReactElement } from "react"
import type { MessageFacts, MessageKind, MessageLocale } from "../kinds"

export type TemplateProps<K extends MessageKind> = {
  locale: MessageLocale
  facts: MessageFacts[K]
}

/** One kind's email: its subject line and the body inside the shared layout. */
export type EmailTemplate<K extends MessageKind> = {
  subject: (props: TemplateProps<K>) => string
  Email: (props: TemplateProps<K>) => ReactElement
}
