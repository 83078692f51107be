import { createHmac, randomInt, timingSafeEqual } from "node:crypto"

/** Long enough to read a Zalo message and type six digits. */
export const PHONE_CODE_TTL_SECONDS = 10 * 60

/** Six digits, leading zeros kept. */
export function newPhoneCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0")
}

/**
 * What the shopper's browser keeps while they wait for the code: the expiry and an HMAC of the
 * phone and the code with it. It reveals nothing of the code without the secret, and proves,
 * together with the code, that this phone received it.
 */
export function signPhoneCode(
  phone: string,
  code: string,
  secret: string,
  now = Date.now()
): string {
  const expires = Math.floor(now / 1000) + PHONE_CODE_TTL_SECONDS
  return `${expires}.${signature(phone, code, expires, secret)}`
}

/** True when `challenge` was signed for this phone and code and has not expired. */
export function verifyPhoneCode(
  phone: string,
  code: unknown,
  challenge: unknown,
  secret: string,
  now = Date.now()
): boolean {
  if (typeof code !== "string" || !/^\d{6}$/.test(code.trim())) {
    return false
  }
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(
    typeof challenge === "string" ? challenge : ""
  )
  if (!match || Number(match[1]) * 1000 <= now) {
    return false
  }
  const expected = Buffer.from(
    signature(phone, code.trim(), Number(match[1]), secret)
  )
  const given = Buffer.from(match[2])
  return expected.length === given.length && timingSafeEqual(expected, given)
}

function signature(
  phone: string,
  code: string,
  expires: number,
  secret: string
): string {
  // The prefix keeps these signatures apart from anything else signed with the same secret.
  return createHmac("sha256", secret)
    .update(`phone-code:${phone}:${code}:${expires}`)
    .digest("base64url")
}
