import { randomBytes } from "node:crypto"
import http from "node:http"
import type { AddressInfo } from "node:net"

// Zalo's OAuth and ZNS APIs cannot be reached here: this local HTTP server stands in for both,
// in tests only, and enforces what Zalo enforces. OAuth: the `secret_key` header and `app_id`
// must be the app's, `grant_type` must be refresh_token, and a refresh token works once (every
// renewal rotates it and ends the previous access token). ZNS: the `access_token` header must
// be the newest, unexpired token, the phone must be 84… digits, the template one of the
// approved ones, the template data filled; a number set up as "not on Zalo" gets -118.

/** The stand-in's Zalo app, as ZALO_* settings. */
export const ZALO_STAND_IN_APP = {
  ZALO_APP_ID: "4291763606161179100",
  ZALO_APP_SECRET: "xuan-tho-zalo-stand-in-secret",
  ZALO_OA_REFRESH_TOKEN: "xuan-tho-first-refresh-token",
}

/** Zalo's access tokens last 25 hours; it sends the lifetime as a string. */
const ACCESS_TOKEN_SECONDS = 90_000

/** One renewal as the stand-in saw it. */
export type OauthCall = { refreshToken: string; accepted: boolean }

/** One ZNS request as the stand-in saw it, with the error code it answered. */
export type ZnsCall = {
  accessToken: string
  body: {
    phone?: string
    template_id?: string
    template_data?: Record<string, string | number>
    tracking_id?: string
  }
  error: number
  /** Set when Zalo accepted the message. */
  msgId?: string
}

export type ZaloStandInOptions = {
  approvedTemplates: string[]
  /** 84… numbers that have no Zalo account. */
  notOnZalo: string[]
}

const token = (prefix: string) => `${prefix}-${randomBytes(12).toString("hex")}`

async function readBody(req: http.IncomingMessage): Promise<string> {
  let raw = ""
  for await (const chunk of req) {
    raw += chunk
  }
  return raw
}

export async function startZaloStandIn(options: ZaloStandInOptions) {
  const oauthCalls: OauthCall[] = []
  const znsCalls: ZnsCall[] = []
  const spent = new Set<string>()
  let refreshTokens = new Set<string>()
  let accessToken: { value: string; expiresAt: number } | null = null
  let latestRefreshToken: string = ZALO_STAND_IN_APP.ZALO_OA_REFRESH_TOKEN
  let renewalDelayMs = 0
  let messages = 0

  function oauthError(name: string, description: string) {
    // Zalo's OAuth errors carry a negative code and a description; the provider reads the text.
    return { error: -14000, error_name: name, error_description: description }
  }

  async function renew(req: http.IncomingMessage, raw: string) {
    const form = new URLSearchParams(raw)
    const refreshToken = form.get("refresh_token") ?? ""
    const refusal =
      req.headers["secret_key"] !== ZALO_STAND_IN_APP.ZALO_APP_SECRET
        ? oauthError("Invalid secret_key", "The app's secret key is wrong")
        : form.get("app_id") !== ZALO_STAND_IN_APP.ZALO_APP_ID
          ? oauthError("Invalid app_id", "The app does not exist")
          : form.get("grant_type") !== "refresh_token"
            ? oauthError("Invalid grant_type", "Unsupported grant type")
            : spent.has(refreshToken)
              ? oauthError("Invalid refresh_token", "Refresh token was used")
              : !refreshTokens.has(refreshToken)
                ? oauthError(
                    "Invalid refresh_token",
                    "Refresh token is invalid"
                  )
                : null
    oauthCalls.push({ refreshToken, accepted: !refusal })
    if (refusal) {
      return refusal
    }
    refreshTokens.delete(refreshToken)
    spent.add(refreshToken)
    latestRefreshToken = token("refresh")
    refreshTokens.add(latestRefreshToken)
    accessToken = {
      value: token("access"),
      expiresAt: Date.now() + ACCESS_TOKEN_SECONDS * 1000,
    }
    const answer = {
      access_token: accessToken.value,
      refresh_token: latestRefreshToken,
      expires_in: String(ACCESS_TOKEN_SECONDS),
    }
    // A slow answer leaves time for a second process to try the same (now spent) token.
    await new Promise((resolve) => setTimeout(resolve, renewalDelayMs))
    return answer
  }

  function send(req: http.IncomingMessage, raw: string) {
    const sentWith = String(req.headers["access_token"] ?? "")
    const body = JSON.parse(raw) as ZnsCall["body"]
    const data = body.template_data
    const [error, message] =
      !accessToken ||
      sentWith !== accessToken.value ||
      Date.now() >= accessToken.expiresAt
        ? [-124, "Access token invalid"]
        : !/^84\d{9}$/.test(body.phone ?? "")
          ? [-108, "Phone number invalid"]
          : !options.approvedTemplates.includes(body.template_id ?? "")
            ? [-109, "Template ID invalid"]
            : !data || typeof data !== "object" || !Object.keys(data).length
              ? [-111, "Template data empty"]
              : options.notOnZalo.includes(body.phone ?? "")
                ? [-118, "Zalo account not existed"]
                : [0, "Success"]
    if (error) {
      znsCalls.push({ accessToken: sentWith, body, error })
      return { error, message }
    }
    messages += 1
    const msgId = `zns-msg-${messages}`
    znsCalls.push({ accessToken: sentWith, body, error, msgId })
    return {
      error: 0,
      message,
      data: {
        msg_id: msgId,
        sent_time: String(Date.now()),
        quota: { dailyQuota: "500", remainingQuota: String(500 - messages) },
      },
    }
  }

  const server = http.createServer(async (req, res) => {
    const raw = await readBody(req)
    const answer =
      req.method === "POST" && req.url === "/v4/oa/access_token"
        ? await renew(req, raw)
        : req.method === "POST" && req.url === "/message/template"
          ? send(req, raw)
          : null
    res.writeHead(answer ? 200 : 404, { "content-type": "application/json" })
    res.end(JSON.stringify(answer ?? { error: -106, message: "Not found" }))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    /** ZALO_OAUTH_URL and ZALO_ZNS_URL pointing here. */
    urls: {
      ZALO_OAUTH_URL: `${base}/v4/oa/access_token`,
      ZALO_ZNS_URL: `${base}/message/template`,
    },
    oauthCalls,
    znsCalls,
    /** Messages Zalo accepted. */
    delivered: () => znsCalls.filter((call) => call.error === 0),
    /** The refresh token the last renewal issued. */
    latestRefreshToken: () => latestRefreshToken,
    /** Back to an app whose only token is the first refresh token. */
    reset() {
      oauthCalls.length = 0
      znsCalls.length = 0
      spent.clear()
      refreshTokens = new Set([ZALO_STAND_IN_APP.ZALO_OA_REFRESH_TOKEN])
      latestRefreshToken = ZALO_STAND_IN_APP.ZALO_OA_REFRESH_TOKEN
      accessToken = null
      renewalDelayMs = 0
    },
    /** Zalo ends the current access token before its time (e.g. the app's secret was reset). */
    revokeAccessToken() {
      accessToken = null
    },
    /** The OA's admin authorizes the app again: Zalo issues a fresh refresh token. */
    authorizeAgain(): string {
      const fresh = token("reauthorized")
      refreshTokens.add(fresh)
      return fresh
    },
    slowRenewals(ms: number) {
      renewalDelayMs = ms
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export type ZaloStandIn = Awaited<ReturnType<typeof startZaloStandIn>>
