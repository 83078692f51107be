import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCER_SUBMITTED_EVENT } from "../types/events"
import { adminLink } from "../utils/public-links"
import { officers } from "../workflows/messaging/gather/people"
import { sendMessagesWorkflow } from "../workflows/messaging/send-messages"

/** A producer waits for verification: every officer hears of it, once per submission. */
export default async function producerSubmittedNotification({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [producer],
  } = await query.graph({
    entity: "producer",
    fields: ["id", "name", "status"],
    filters: { id: event.data.id },
  })
  const {
    data: [submission],
  } = await query.graph({
    entity: "producer_status_change",
    fields: ["id"],
    filters: { producer_id: event.data.id, to_status: "submitted" },
    pagination: { order: { created_at: "DESC" }, take: 1 },
  })
  if (!producer || producer.status !== "submitted" || !submission) {
    return
  }
  const adminUrl = adminLink(`/app/producers/${producer.id}`)
  const recipients = await officers(container)
  await sendMessagesWorkflow(container).run({
    input: recipients.map(({ locale, ...officer }) => ({
      kind: "officer-producer-submitted" as const,
      locale,
      facts: { producerName: producer.name, adminUrl },
      recipient: officer,
      resource: { type: "producer", id: producer.id },
      links: { admin_url: adminUrl },
      key: `officer-producer-submitted:${submission.id}:${officer.id}`,
    })),
  })
}

export const config: SubscriberConfig = {
  event: PRODUCER_SUBMITTED_EVENT,
  context: { subscriberId: "producer-submitted-notification" },
}
