import type {
  INotificationModuleService,
  Logger,
  MedusaContainer,
} from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readMarketEnv } from "../../../config/env"
import {
  parseZaloTemplateIds,
  ZALO_CHANNEL,
  zaloNotificationProvider,
} from "../../../config/zalo"
import { ZALO_NOT_A_ZALO_USER } from "../../../modules/providers/zalo-zns/zalo-api"
import { renderEmail } from "../../../notifications/render-email"
import { znsParams } from "../../../notifications/zns-params"
import { toZaloPhone } from "../../../utils/zalo-phone"
import type { OutgoingMessage } from "../types"

export const deliverMessagesStepId = "deliver-messages"

/** Medusa's service updates the records it lists, though its interface leaves that out. */
type NotificationRecords = INotificationModuleService & {
  listNotifications(filters: {
    idempotency_key: string
  }): Promise<{ id: string; data?: Record<string, unknown> | null }[]>
  updateNotifications(
    changes: { id: string; data: Record<string, unknown> }[]
  ): Promise<unknown>
}

type Delivery = { channel: "email" | typeof ZALO_CHANNEL; to: string }

/** The kinds Zalo can carry here: configured, with an approved template each. */
function zaloKinds(): Set<string> {
  const env = readMarketEnv()
  if (!zaloNotificationProvider(env)) {
    return new Set()
  }
  return new Set(Object.keys(parseZaloTemplateIds(env.ZALO_TEMPLATE_IDS)))
}

/** Why Zalo refused, in the words officers read on the notification. */
function zaloRefusal(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.includes(ZALO_NOT_A_ZALO_USER)
    ? "not_a_zalo_user"
    : message.split("\n").slice(-1)[0]
}

async function sendOne(
  notifications: NotificationRecords,
  message: OutgoingMessage,
  delivery: Delivery
): Promise<void> {
  const common = {
    to: delivery.to,
    channel: delivery.channel,
    template: message.kind,
    trigger_type: message.kind,
    resource_type: message.resource.type,
    resource_id: message.resource.id,
    receiver_id: message.recipient.id,
    idempotency_key: `${message.key}:${delivery.channel}`,
  }
  // What the message said, so that officers (GET /admin/notifications) see it as sent.
  const data = {
    locale: message.locale,
    ...message.links,
    facts: message.facts,
  }
  if (delivery.channel === ZALO_CHANNEL) {
    await notifications.createNotifications({
      ...common,
      data: { ...data, zns_params: znsParams(message.kind, message.facts) },
    })
    return
  }
  await notifications.createNotifications({
    ...common,
    data,
    content: await renderEmail(message.kind, message.locale, message.facts),
  })
}

/** Writes why a Zalo message failed on its notification, where officers see it. */
async function recordZaloRefusal(
  notifications: NotificationRecords,
  message: OutgoingMessage,
  reason: string
): Promise<void> {
  const [failed] = await notifications.listNotifications({
    idempotency_key: `${message.key}:zalo`,
  })
  if (failed) {
    await notifications.updateNotifications([
      { id: failed.id, data: { ...(failed.data ?? {}), zalo_error: reason } },
    ])
  }
}

/**
 * Sends each message on the recipient's channel: Zalo for a shopper who agreed to it when Zalo
 * is configured, email otherwise and whenever Zalo refuses (not a Zalo user, say). Every
 * message is tried; the failures are reported together afterwards.
 */
async function deliverMessages(
  container: MedusaContainer,
  messages: OutgoingMessage[]
): Promise<number> {
  const notifications = container.resolve<NotificationRecords>(
    Modules.NOTIFICATION
  )
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const zaloCarries = zaloKinds()
  const failures: string[] = []
  let sent = 0
  for (const message of messages) {
    const { recipient } = message
    const phone =
      zaloCarries.has(message.kind) && recipient.zalo && recipient.phone
        ? toZaloPhone(recipient.phone)
        : null
    try {
      if (phone) {
        try {
          await sendOne(notifications, message, {
            channel: ZALO_CHANNEL,
            to: phone,
          })
          sent += 1
          continue
        } catch (error) {
          const reason = zaloRefusal(error)
          await recordZaloRefusal(notifications, message, reason)
          logger.warn(`Zalo refused ${message.key} (${reason}); trying email`)
        }
      }
      if (recipient.email) {
        await sendOne(notifications, message, {
          channel: "email",
          to: recipient.email,
        })
        sent += 1
      }
    } catch (error) {
      failures.push(`${message.key}: ${(error as Error).message}`)
    }
  }
  if (failures.length) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `${failures.length} message(s) could not be sent; they are retried when the event is delivered again:\n${failures.join("\n")}`
    )
  }
  return sent
}

export const deliverMessagesStep = createStep(
  deliverMessagesStepId,
  async (messages: OutgoingMessage[], { container }) => {
    return new StepResponse(await deliverMessages(container, messages))
  }
)
