import { createHmac, timingSafeEqual } from "node:crypto"

/** Long enough to read the order and pay; short enough that a leaked proof soon stops working. */
export const ORDER_PROOF_TTL_SECONDS = 30 * 60

/**
 * A proof that its holder knew the order's number and contact (or completed its cart): the
 * expiry and an HMAC of the order id with it. It opens that order only, until it expires.
 */
export function signOrderProof(
  orderId: string,
  secret: string,
  now = Date.now()
): string {
  const expires = Math.floor(now / 1000) + ORDER_PROOF_TTL_SECONDS
  return `${expires}.${signature(orderId, expires, secret)}`
}

/** True when `proof` was signed for this order with this secret and has not expired. */
export function verifyOrderProof(
  orderId: string,
  proof: string | undefined,
  secret: string,
  now = Date.now()
): boolean {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(proof ?? "")
  if (!match) {
    return false
  }
  const expires = Number(match[1])
  if (expires * 1000 <= now) {
    return false
  }
  const expected = Buffer.from(signature(orderId, expires, secret))
  const given = Buffer.from(match[2])
  return expected.length === given.length && timingSafeEqual(expected, given)
}

function signature(orderId: string, expires: number, secret: string): string {
  // The prefix keeps these signatures apart from anything else signed with the same secret.
  return createHmac("sha256", secret)
    .update(`order-proof:${orderId}:${expires}`)
    .digest("base64url")
}
