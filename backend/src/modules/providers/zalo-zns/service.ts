import type {
  Logger,
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import {
  AbstractNotificationProviderService,
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { MESSAGE_KINDS, type MessageKind } from "../../../notifications/kinds"
import { toZaloPhone } from "../../../utils/zalo-phone"
import { type ZaloZnsOptions, zaloZnsSettings } from "./options"
import { OaTokenStore, type StoredAccessToken } from "./token-store"
import {
  renewOaTokens,
  sendZnsMessage,
  ZALO_NOT_A_ZALO_USER,
  type ZnsMessage,
  type ZnsOutcome,
} from "./zalo-api"

type InjectedDependencies = {
  [ContainerRegistrationKeys.PG_CONNECTION]: Knex
  logger: Logger
}

/**
 * Zalo issues access tokens for about 25 hours; renewing ten minutes early keeps a send from
 * racing the expiry.
 */
const RENEW_BEFORE_EXPIRY_MS = 10 * 60 * 1000

/** What the dispatcher puts in a Zalo notification's `data`. */
const ZaloNotificationData = z.object({
  zns_params: z.record(z.string(), z.union([z.string(), z.number()]), {
    error:
      "data.zns_params is required: the approved ZNS template's parameters, by name",
  }),
  tracking_id: z.string().min(1).optional(),
})

const isMessageKind = (template: string): template is MessageKind =>
  (MESSAGE_KINDS as readonly string[]).includes(template)

/**
 * Zalo Notification Service: each message kind is an approved ZNS template that the market's
 * Official Account sends to the shopper's phone number. The OA's access token is renewed
 * through Zalo's OAuth shortly before it expires, and the rotated refresh token is kept in the
 * database, renewed by one process at a time.
 */
class ZaloZnsNotificationService extends AbstractNotificationProviderService {
  static identifier = "zalo-zns"

  static validateOptions(options: Record<string, unknown>) {
    zaloZnsSettings(options)
  }

  private readonly settings: ZaloZnsOptions
  private readonly tokens: OaTokenStore
  private readonly logger: Logger
  private cached: StoredAccessToken | null = null
  private adoption: Promise<void> | null = null

  constructor(dependencies: InjectedDependencies, options: unknown) {
    super()
    this.settings = zaloZnsSettings(options)
    this.logger = dependencies.logger
    this.tokens = new OaTokenStore(
      dependencies[ContainerRegistrationKeys.PG_CONNECTION],
      this.settings.app_id,
      this.settings.refresh_token
    )
  }

  async send(
    notification: ProviderSendNotificationDTO
  ): Promise<ProviderSendNotificationResultsDTO> {
    const message = this.znsMessage(notification)
    const accessToken = await this.accessToken()
    let outcome = await sendZnsMessage(
      this.settings.zns_url,
      accessToken,
      message
    )
    // Zalo may end a token early (another process renewed it, or Zalo revoked it): once.
    if (outcome.status === "token-refused") {
      const renewed = await this.renew(accessToken)
      outcome = await sendZnsMessage(this.settings.zns_url, renewed, message)
    }
    return { id: this.sentMessageId(outcome, notification.template, message) }
  }

  private znsMessage(notification: ProviderSendNotificationDTO): ZnsMessage {
    const kind = notification.template
    const templateId = isMessageKind(kind)
      ? this.settings.template_ids[kind]
      : undefined
    if (!templateId) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `No approved Zalo ZNS template for "${kind}": add ${kind}=<template id> to ZALO_TEMPLATE_IDS, with the id Zalo's ZNS account shows once the template is approved`
      )
    }
    const phone = toZaloPhone(notification.to)
    if (!phone) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The "${kind}" Zalo message is addressed to something other than a Vietnamese mobile number: pass the shopper's mobile, e.g. 84912345678 (toZaloPhone)`
      )
    }
    const data = ZaloNotificationData.safeParse(notification.data ?? {})
    if (!data.success) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The "${kind}" Zalo message is incomplete: ${data.error.issues
          .map((issue) => issue.message)
          .join("; ")}`
      )
    }
    // The notification module passes the notification's own id beside the documented fields.
    const { id } = notification as ProviderSendNotificationDTO & { id?: string }
    const trackingId = data.data.tracking_id ?? id
    if (!trackingId) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The "${kind}" Zalo message needs data.tracking_id when it is not sent through the notification module`
      )
    }
    return {
      phone,
      template_id: templateId,
      template_data: data.data.zns_params,
      tracking_id: trackingId,
    }
  }

  private sentMessageId(
    outcome: ZnsOutcome,
    kind: string,
    message: ZnsMessage
  ): string {
    switch (outcome.status) {
      case "sent":
        return outcome.msgId
      case "not-a-zalo-user":
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `${ZALO_NOT_A_ZALO_USER}: the phone number has no Zalo account, so the "${kind}" message cannot reach it on Zalo`
        )
      case "token-refused":
        throw new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          `Zalo refused the access token it had just issued for the "${kind}" message: check that ZALO_APP_ID is the app linked to the Official Account whose ZNS templates are approved`
        )
      case "refused":
        throw new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          `Zalo ZNS refused the "${kind}" message (template ${message.template_id}): ${outcome.message} (error ${outcome.code})`
        )
    }
  }

  private usable = (token: StoredAccessToken) =>
    token.expiresAt.getTime() - RENEW_BEFORE_EXPIRY_MS > Date.now()

  /** The access token to send with: this process's, the stored one, or a renewed one. */
  private async accessToken(): Promise<string> {
    if (this.cached && this.usable(this.cached)) {
      return this.cached.accessToken
    }
    await this.adoptConfiguredToken()
    const stored = await this.tokens.current()
    if (stored && this.usable(stored)) {
      this.cached = stored
      return stored.accessToken
    }
    return this.renew(stored?.accessToken ?? null)
  }

  /** Once per process, before the first token is read. */
  private adoptConfiguredToken(): Promise<void> {
    this.adoption ??= this.tokens.adoptConfiguredToken().catch((error) => {
      this.adoption = null
      throw error
    })
    return this.adoption
  }

  /** Replaces `stale` (refused or about to expire) unless another process already did. */
  private async renew(stale: string | null): Promise<string> {
    this.cached = await this.tokens.renew(
      stale,
      this.usable,
      async (refreshToken) => {
        const tokens = await renewOaTokens(this.settings, refreshToken)
        this.logger.info(
          `Zalo: renewed the Official Account's access token for ${Math.round(tokens.expiresInSeconds / 3600)} h`
        )
        return tokens
      }
    )
    return this.cached.accessToken
  }
}

export default ZaloZnsNotificationService
