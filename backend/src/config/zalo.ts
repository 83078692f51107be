// Zalo messages (ZNS) from the environment: most shoppers read Zalo, not email.
import { MedusaError } from "@medusajs/framework/utils"
import { MESSAGE_KINDS, type MessageKind } from "../notifications/kinds"
import { ZNS_TEMPLATE_ID } from "../modules/providers/zalo-zns/options"

/** The settings read here; MarketEnv carries them once env.ts declares them. */
export type ZaloEnv = {
  ZALO_APP_ID?: string
  ZALO_APP_SECRET?: string
  ZALO_OA_REFRESH_TOKEN?: string
  ZALO_TEMPLATE_IDS?: string
  ZALO_OAUTH_URL?: string
  ZALO_ZNS_URL?: string
}

/** The notification channel Zalo messages are created on. */
export const ZALO_CHANNEL = "zalo"

const ZALO_REQUIRED = [
  "ZALO_APP_ID",
  "ZALO_APP_SECRET",
  "ZALO_OA_REFRESH_TOKEN",
] as const

const isMessageKind = (name: string): name is MessageKind =>
  (MESSAGE_KINDS as readonly string[]).includes(name)

/**
 * ZALO_TEMPLATE_IDS as `order-placed=123456,payment-received=123457`: the approved ZNS
 * template of each message kind. A kind left out is not sent on Zalo.
 */
export function parseZaloTemplateIds(
  value: string | undefined
): Partial<Record<MessageKind, string>> {
  const templateIds: Partial<Record<MessageKind, string>> = {}
  const entries = (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
  for (const entry of entries) {
    const [name, templateId, ...rest] = entry
      .split("=")
      .map((part) => part.trim())
    if (!isMessageKind(name)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `ZALO_TEMPLATE_IDS names "${name}", which is not a message kind: use ${MESSAGE_KINDS.join(", ")}`
      )
    }
    if (!templateId || rest.length || !ZNS_TEMPLATE_ID.test(templateId)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `ZALO_TEMPLATE_IDS has "${entry}": write ${name}=<template id>, with the number Zalo's ZNS account shows for the approved template`
      )
    }
    if (templateIds[name]) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `ZALO_TEMPLATE_IDS names "${name}" twice: keep one template id per message kind`
      )
    }
    templateIds[name] = templateId
  }
  return templateIds
}

/**
 * The Zalo ZNS notification provider when its three settings are present, none when none is.
 * Half of them would start a backend whose every Zalo message fails: refuse to start.
 */
export function zaloNotificationProvider(env: ZaloEnv): {
  resolve: string
  id: string
  options: Record<string, unknown>
} | null {
  const missing = ZALO_REQUIRED.filter((key) => !env[key])
  if (missing.length === ZALO_REQUIRED.length) {
    return null
  }
  if (missing.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${missing.join(", ")} ${missing.length > 1 ? "are" : "is"} required with the other ZALO_* settings: copy the app id and secret key from Zalo for Developers and the refresh token issued when the Official Account authorized the app, or unset them all`
    )
  }
  return {
    resolve: "./src/modules/providers/zalo-zns",
    id: "zalo-zns",
    options: {
      channels: [ZALO_CHANNEL],
      app_id: env.ZALO_APP_ID,
      app_secret: env.ZALO_APP_SECRET,
      refresh_token: env.ZALO_OA_REFRESH_TOKEN,
      template_ids: parseZaloTemplateIds(env.ZALO_TEMPLATE_IDS),
      ...(env.ZALO_OAUTH_URL && { oauth_url: env.ZALO_OAUTH_URL }),
      ...(env.ZALO_ZNS_URL && { zns_url: env.ZALO_ZNS_URL }),
    },
  }
}
