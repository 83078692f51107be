import { render, toPlainText } from "@react-email/render"
import type {
  MessageFacts,
  MessageKind,
  MessageLocale,
  RenderedEmail,
} from "./kinds"
import type { EmailTemplate } from "./email/template"
import { officerProducerSubmitted } from "./email/templates/officer-producer-submitted"
import { officerTransferAttention } from "./email/templates/officer-transfer-attention"
import { orderCancelled } from "./email/templates/order-cancelled"
import { orderPlaced } from "./email/templates/order-placed"
import { orderShipped } from "./email/templates/order-shipped"
import { paymentExpired } from "./email/templates/payment-expired"
import { paymentReceived } from "./email/templates/payment-received"
import { paymentRefunded } from "./email/templates/payment-refunded"
import { producerInvite } from "./email/templates/producer-invite"
import { producerLowStock } from "./email/templates/producer-low-stock"
import { producerNewOrder } from "./email/templates/producer-new-order"
import { producerPasswordReset } from "./email/templates/producer-password-reset"
import { orderTransferRequested } from "./email/templates/order-transfer-requested"
import { phoneVerification } from "./email/templates/phone-verification"

const TEMPLATES: { [K in MessageKind]: EmailTemplate<K> } = {
  "order-placed": orderPlaced,
  "payment-received": paymentReceived,
  "order-shipped": orderShipped,
  "order-cancelled": orderCancelled,
  "payment-refunded": paymentRefunded,
  "payment-expired": paymentExpired,
  "producer-new-order": producerNewOrder,
  "producer-low-stock": producerLowStock,
  "producer-password-reset": producerPasswordReset,
  "order-transfer-requested": orderTransferRequested,
  "phone-verification": phoneVerification,
  "producer-invite": producerInvite,
  "officer-producer-submitted": officerProducerSubmitted,
  "officer-transfer-attention": officerTransferAttention,
}

// The plain-text part keeps the heading's case (html-to-text capitalises headings by default,
// which reads as shouting); label/value tables become aligned columns (`dataTable` in parts.tsx).
const PLAIN_TEXT_OPTIONS = {
  selectors: [{ selector: "h1", options: { uppercase: false } }],
}

/**
 * One email in the reader's language: subject, HTML and a plain-text part that reads on its own
 * (labels with their values, each link's address after its label).
 */
export async function renderEmail<K extends MessageKind>(
  kind: K,
  locale: MessageLocale,
  facts: MessageFacts[K]
): Promise<RenderedEmail> {
  const template: EmailTemplate<K> = TEMPLATES[kind]
  const html = await render(<template.Email locale={locale} facts={facts} />)
  const text = toPlainText(html, PLAIN_TEXT_OPTIONS)
  return {
    subject: template.subject({ locale, facts }),
    html,
    // html-to-text leaves up to three empty lines where layout tables meet.
    text: text.replace(/\n{3,}/g, "\n\n").trim(),
  }
}
