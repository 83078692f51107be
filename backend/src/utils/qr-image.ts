import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import { type MarketEnv, readMarketEnv } from "../config/env"

// Mail apps block `data:` images, so an email's QR code is a PNG the backend serves at
// `/qr/<token>.png`. The token carries the payload and an HMAC of it: the backend draws only
// what the market itself signed, never a code a stranger chose under our domain.

/** A VietQR payload or an invite link is far shorter; a QR code of this size is still scannable. */
export const QR_PAYLOAD_MAX_BYTES = 512

export const QR_IMAGE_SUFFIX = ".png"

const SIGNATURE_LENGTH = 43 // 32 bytes of HMAC-SHA256 in base64url
const TOKEN = new RegExp(
  `^([A-Za-z0-9_-]{1,${Math.ceil((QR_PAYLOAD_MAX_BYTES * 4) / 3)}})\\.([A-Za-z0-9_-]{${SIGNATURE_LENGTH}})$`
)

/** Its own key, derived from COOKIE_SECRET, so that no other signature made with it is a QR token. */
function qrKey(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "", "xuan-tho qr-image", 32))
}

function signature(encodedPayload: string, secret: string): string {
  return createHmac("sha256", qrKey(secret))
    .update(encodedPayload)
    .digest("base64url")
}

/** `<payload in base64url>.<HMAC>`: the token in a QR image's address. */
export function signQrToken(payload: string, secret: string): string {
  if (!payload || Buffer.byteLength(payload) > QR_PAYLOAD_MAX_BYTES) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `A QR image holds 1 to ${QR_PAYLOAD_MAX_BYTES} bytes; this payload has ${Buffer.byteLength(payload)}: shorten the link or the transfer details`
    )
  }
  const encoded = Buffer.from(payload).toString("base64url")
  return `${encoded}.${signature(encoded, secret)}`
}

/** The payload a token was signed for, or null when the market did not sign it. */
export function readQrToken(token: string, secret: string): string | null {
  const match = TOKEN.exec(token)
  if (!match) {
    return null
  }
  const [, encoded, given] = match
  const expected = signature(encoded, secret)
  if (!timingSafeEqual(Buffer.from(expected), Buffer.from(given))) {
    return null
  }
  const payload = Buffer.from(encoded, "base64url").toString("utf8")
  return payload && Buffer.byteLength(payload) <= QR_PAYLOAD_MAX_BYTES
    ? payload
    : null
}

/** The hosted PNG of `payload`'s QR code, for an email's `<img src>`. */
export function qrImageUrl(
  payload: string,
  env: Pick<MarketEnv, "MEDUSA_BACKEND_URL" | "COOKIE_SECRET"> = readMarketEnv()
): string {
  const base = env.MEDUSA_BACKEND_URL.replace(/\/+$/, "")
  const token = signQrToken(payload, env.COOKIE_SECRET)
  return `${base}/qr/${token}${QR_IMAGE_SUFFIX}`
}
