// Zalo's two HTTP APIs the provider calls, and how their answers read. Zalo answers failures
// with HTTP 200 and a negative `error` code, so the code decides, not the status.
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

/**
 * Starts the message of the error thrown when the phone number has no Zalo account: the
 * dispatcher finds it in Medusa's "Failed to send notification with id …:\n<message>" and
 * reaches the shopper another way.
 */
export const ZALO_NOT_A_ZALO_USER = "zalo:not-a-zalo-user"

/** ZNS "Zalo account not existed": nobody uses Zalo with this number. */
const ZNS_NO_ZALO_ACCOUNT = -118

/**
 * The access token was refused: ZNS answers -124 "Access token invalid"; Zalo's OA APIs use
 * -216 (invalid) and -220 (expired or removed) for the same token.
 */
const TOKEN_REFUSED = new Set([-124, -216, -220])

/** Zalo answers within seconds; a hung call must not hold a send (or the token's row lock). */
const ZALO_TIMEOUT_MS = 15_000

/**
 * A lifetime for the rare answer without a readable `expires_in`: the rotated refresh token it
 * carries must be stored all the same, and an hour keeps a wrong guess cheap.
 */
const FALLBACK_LIFETIME_SECONDS = 3_600

export type OaTokens = {
  accessToken: string
  refreshToken: string
  expiresInSeconds: number
}

export type ZnsMessage = {
  phone: string
  template_id: string
  template_data: Record<string, string | number>
  tracking_id: string
}

export type ZnsOutcome =
  | { status: "sent"; msgId: string }
  | { status: "token-refused" }
  | { status: "not-a-zalo-user" }
  | { status: "refused"; code: number; message: string }

const TokenAnswer = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  // Zalo documents a string ("90000") and sends a number too.
  expires_in: z.coerce.number().positive().catch(FALLBACK_LIFETIME_SECONDS),
})

const TokenRefusal = z.looseObject({
  error: z.coerce.number().optional(),
  error_name: z.string().optional(),
  error_description: z.string().optional(),
  message: z.string().optional(),
})

const ZnsAnswer = z.object({
  error: z.coerce.number(),
  message: z.string().optional(),
  data: z.looseObject({ msg_id: z.coerce.string() }).optional(),
})

async function postToZalo(url: string, init: RequestInit): Promise<unknown> {
  let response: Response
  try {
    response = await fetch(url, {
      ...init,
      method: "POST",
      signal: AbortSignal.timeout(ZALO_TIMEOUT_MS),
    })
  } catch (error) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `Zalo could not be reached at ${url} (${(error as Error).message}): check the backend's network access to Zalo and try again`
    )
  }
  const text = await response.text()
  try {
    return JSON.parse(text)
  } catch {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `Zalo answered ${url} with HTTP ${response.status} and no JSON: try again later`
    )
  }
}

/**
 * Spends the Official Account's refresh token for a new access token. Zalo rotates the refresh
 * token at every call and refuses a spent one: the caller must store the answer's.
 */
export async function renewOaTokens(
  settings: { oauth_url: string; app_id: string; app_secret: string },
  refreshToken: string
): Promise<OaTokens> {
  const answer = await postToZalo(settings.oauth_url, {
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      secret_key: settings.app_secret,
    },
    body: new URLSearchParams({
      app_id: settings.app_id,
      grant_type: "refresh_token",
      refresh_token: refreshToken,
    }).toString(),
  })
  const tokens = TokenAnswer.safeParse(answer)
  if (tokens.success) {
    return {
      accessToken: tokens.data.access_token,
      refreshToken: tokens.data.refresh_token,
      expiresInSeconds: tokens.data.expires_in,
    }
  }
  const refusal = TokenRefusal.safeParse(answer)
  const reason = refusal.success
    ? [
        refusal.data.error_description ??
          refusal.data.error_name ??
          refusal.data.message,
        refusal.data.error === undefined ? null : `error ${refusal.data.error}`,
      ]
        .filter(Boolean)
        .join(", ")
    : "an answer without tokens"
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `Zalo refused to renew the Official Account's access token (${reason}). If ZALO_APP_ID and ZALO_APP_SECRET are right, the stored refresh token is spent or older than 3 months: authorize the app for the Official Account again in Zalo for Developers and set ZALO_OA_REFRESH_TOKEN to the new refresh token (the backend adopts a changed value when it starts)`
  )
}

/** Sends one approved template message through ZNS and says how Zalo answered. */
export async function sendZnsMessage(
  znsUrl: string,
  accessToken: string,
  message: ZnsMessage
): Promise<ZnsOutcome> {
  const answer = ZnsAnswer.safeParse(
    await postToZalo(znsUrl, {
      headers: {
        "content-type": "application/json",
        access_token: accessToken,
      },
      body: JSON.stringify(message),
    })
  )
  if (!answer.success) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      "Zalo ZNS answered without an error code: try again later"
    )
  }
  const { error, message: text = "no message", data } = answer.data
  if (error === 0 && data) {
    return { status: "sent", msgId: data.msg_id }
  }
  if (TOKEN_REFUSED.has(error)) {
    return { status: "token-refused" }
  }
  if (error === ZNS_NO_ZALO_ACCOUNT) {
    return { status: "not-a-zalo-user" }
  }
  return { status: "refused", code: error, message: text }
}
