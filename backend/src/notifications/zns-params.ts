import type { MessageFacts, MessageKind } from "./kinds"

// Zalo ZNS sends approved templates: the market registers one per kind with Zalo, naming its
// parameters after the facts below (snake_case), so a template may use any of them.

const snakeCase = (name: string) =>
  name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)

type ParamValue = string | number

/**
 * The template parameters of a message: its plain facts by name, the order number as
 * `order_code`, lines as one `items` text. Links travel in the template's URL button.
 */
export function znsParams<K extends MessageKind>(
  kind: K,
  facts: MessageFacts[K]
): Record<string, ParamValue> {
  const params: Record<string, ParamValue> = {}
  for (const [name, value] of Object.entries(facts)) {
    if (typeof value === "string" || typeof value === "number") {
      params[snakeCase(name)] = value
    }
  }
  if ("displayId" in facts) {
    params.order_code = `#${facts.displayId}`
  }
  if ("lines" in facts) {
    params.items = facts.lines
      .map((line) => `${line.title} × ${line.quantity}`)
      .join(", ")
  }
  if (kind === "order-placed" && "payment" in facts) {
    const payment = facts.payment
    if (payment.kind === "vietqr") {
      params.reference = payment.reference
      params.amount = payment.amount
    }
  }
  return params
}
