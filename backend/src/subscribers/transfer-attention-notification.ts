import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminLink } from "../utils/public-links"
import { officers } from "../workflows/messaging/gather/people"
import { sendMessagesWorkflow } from "../workflows/messaging/send-messages"

type AttentionEvent = {
  transaction_id: string
  order_id: string | null
  outcome: string
}

/**
 * A bank transfer an officer must act on (refund, match by hand, check the account): the
 * bank-transfer workflows emit the event only for those outcomes (domain/bank-transfer-outcome).
 */
export default async function transferAttentionNotification({
  event,
  container,
}: SubscriberArgs<AttentionEvent>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [transaction],
  } = await query.graph({
    entity: "bank_transaction",
    fields: ["id", "amount", "reference", "order_id"],
    filters: { id: event.data.transaction_id },
  })
  if (!transaction) {
    return
  }
  const orderId = event.data.order_id ?? transaction.order_id
  const { data: orders } = orderId
    ? await query.graph({
        entity: "order",
        fields: ["display_id"],
        filters: { id: orderId },
      })
    : { data: [] }
  const adminUrl = adminLink("/app/bank-transfers")
  const recipients = await officers(container)
  await sendMessagesWorkflow(container).run({
    input: recipients.map(({ locale, ...officer }) => ({
      kind: "officer-transfer-attention" as const,
      locale,
      facts: {
        outcome: event.data.outcome,
        amount: Number(transaction.amount),
        reference: transaction.reference ?? null,
        orderDisplayId: orders[0] ? Number(orders[0].display_id) : null,
        adminUrl,
      },
      recipient: officer,
      resource: orderId
        ? { type: "order", id: orderId }
        : { type: "bank_transaction", id: transaction.id },
      links: { admin_url: adminUrl },
      key: `officer-transfer-attention:${transaction.id}:${event.data.outcome}:${officer.id}`,
    })),
  })
}

export const config: SubscriberConfig = {
  event: "bank-transfer.needs-attention",
  context: { subscriberId: "transfer-attention-notification" },
}
