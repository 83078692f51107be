import type {
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from "@medusajs/framework/types"
import {
  AbstractNotificationProviderService,
  MedusaError,
} from "@medusajs/framework/utils"
import {
  type SendgridEmailOptions,
  senderOf,
  sendgridEmailSettings,
} from "./options"

/** A send that hangs would hold the notification workflow; SendGrid answers in well under this. */
const SEND_TIMEOUT_MS = 15_000

type SendgridErrorBody = { errors?: { message?: string; field?: string }[] }

/**
 * Sends the market's own rendered emails through SendGrid's v3 Mail Send API: the subject, the
 * plain-text part and the HTML part exactly as the renderer made them. (Medusa's SendGrid
 * provider drops the plain text and reads `template` as a SendGrid template id.)
 */
class SendgridEmailNotificationService extends AbstractNotificationProviderService {
  static identifier = "sendgrid-email"

  static validateOptions(options: Record<string, unknown>) {
    sendgridEmailSettings(options)
  }

  private readonly settings: SendgridEmailOptions

  constructor(_dependencies: Record<string, unknown>, options: unknown) {
    super()
    this.settings = sendgridEmailSettings(options)
  }

  async send(
    notification: ProviderSendNotificationDTO
  ): Promise<ProviderSendNotificationResultsDTO> {
    const { subject, text, html } = notification.content ?? {}
    if (!subject || !text || !html) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The "${notification.template}" email has no rendered content: pass { subject, text, html } from renderEmail() as the notification's content (this provider uses no SendGrid template)`
      )
    }
    const from = senderOf(notification.from?.trim() || this.settings.from)
    const response = await this.post({
      personalizations: [{ to: [{ email: notification.to }] }],
      from,
      subject,
      // SendGrid requires text/plain first, then text/html.
      content: [
        { type: "text/plain", value: text },
        { type: "text/html", value: html },
      ],
    })
    if (!response.ok) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `SendGrid refused the "${notification.template}" email (HTTP ${response.status}): ${await errorMessages(response)}`
      )
    }
    return { id: response.headers.get("x-message-id") ?? undefined }
  }

  private async post(body: unknown): Promise<Response> {
    const url = `${this.settings.api_url.replace(/\/+$/, "")}/v3/mail/send`
    try {
      return await fetch(url, {
        method: "POST",
        headers: {
          Authorization: `Bearer ${this.settings.api_key}`,
          "Content-Type": "application/json",
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      })
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `SendGrid could not be reached at ${url} (${reason}): check SENDGRID_API_URL and the server's outbound network`
      )
    }
  }
}

/** SendGrid's own words, e.g. "The from address does not match a verified Sender Identity". */
async function errorMessages(response: Response): Promise<string> {
  const raw = await response.text()
  try {
    const messages = ((JSON.parse(raw) as SendgridErrorBody).errors ?? [])
      .filter((error) => error.message)
      .map((error) =>
        error.field ? `${error.message} (${error.field})` : error.message
      )
    if (messages.length) {
      return messages.join("; ")
    }
  } catch {
    // Not JSON: a proxy's or gateway's page; its text is shown below.
  }
  return raw.slice(0, 300) || response.statusText
}

export default SendgridEmailNotificationService
