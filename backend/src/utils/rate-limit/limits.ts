/**
 * Every limit the market applies, with the setting that overrides it. A setting's value is
 * `<count>/<seconds>`: `10/900` allows 10 in any 15 minutes.
 *
 * - Sign-in counts only failures, per account and per client IP: an owner who mistypes a few
 *   times is never locked out by a stranger's guessing on another account, and a guesser cannot
 *   try more than a handful of passwords on one account per window.
 * - Order lookup counts every try, per client IP and per contact: the contact is half the secret.
 * - Cart completion, invite acceptance, link-out clicks, share visits, photo uploads and printed QR
 *   sheets count every request.
 */
export const RATE_LIMITS = {
  signInAccount: {
    setting: "RATE_LIMIT_SIGN_IN_ACCOUNT",
    count: 10,
    seconds: 15 * 60,
  },
  signInIp: { setting: "RATE_LIMIT_SIGN_IN_IP", count: 30, seconds: 15 * 60 },
  orderLookup: {
    setting: "RATE_LIMIT_ORDER_LOOKUP",
    count: 10,
    seconds: 15 * 60,
  },
  inviteAccept: {
    setting: "RATE_LIMIT_INVITE_ACCEPT",
    count: 10,
    seconds: 15 * 60,
  },
  cartComplete: {
    setting: "RATE_LIMIT_CART_COMPLETE",
    count: 20,
    seconds: 10 * 60,
  },
  linkClicks: { setting: "RATE_LIMIT_LINK_CLICKS", count: 60, seconds: 60 },
  // One visit per page opened from a shared link: a person rarely opens more than a few a minute.
  shareVisits: { setting: "RATE_LIMIT_SHARE_VISITS", count: 30, seconds: 60 },
  // A volunteer sends a producer's story photos in a few batches of up to 10.
  uploads: { setting: "RATE_LIMIT_UPLOADS", count: 60, seconds: 60 * 60 },
  // Each printable QR sheet is drawn on request; a member or officer prints a few at a time.
  qrSheets: { setting: "RATE_LIMIT_QR_SHEETS", count: 30, seconds: 10 * 60 },
  // Refused promotion codes per address: a shopper mistypes a code a few times, a guesser tries many.
  promoCodes: {
    setting: "RATE_LIMIT_PROMO_CODES",
    count: 20,
    seconds: 10 * 60,
  },
} as const

export type RateLimitName = keyof typeof RATE_LIMITS
export type RateLimitSetting = (typeof RATE_LIMITS)[RateLimitName]["setting"]

/** Counted per client address, or per account, contact or user. */
export type RateLimitScope = "ip" | "subject"

export type ResolvedLimit = { count: number; seconds: number }

/**
 * Everything local comes from one address (127.0.0.1), so outside a deployment the per-address
 * defaults are multiplied; per-account and per-contact limits never are.
 */
export const LOCAL_IP_MULTIPLIER = 10

export const RATE_LIMIT_VALUE = /^([1-9]\d{0,6})\/([1-9]\d{0,6})$/

/** Parses `<count>/<seconds>`; null when the value has another shape. */
export function parseRateLimit(value: string): ResolvedLimit | null {
  const match = RATE_LIMIT_VALUE.exec(value.trim())
  return match ? { count: Number(match[1]), seconds: Number(match[2]) } : null
}

/** The limit in force: the setting when given, else the default (scaled for local per-IP use). */
export function resolveLimit(
  name: RateLimitName,
  scope: RateLimitScope,
  settings: Partial<Record<RateLimitSetting, string>>,
  deployment: boolean
): ResolvedLimit {
  const limit = RATE_LIMITS[name]
  const configured = settings[limit.setting]
  const parsed = configured ? parseRateLimit(configured) : null
  if (parsed) {
    return parsed
  }
  const multiplier = scope === "ip" && !deployment ? LOCAL_IP_MULTIPLIER : 1
  return { count: limit.count * multiplier, seconds: limit.seconds }
}
