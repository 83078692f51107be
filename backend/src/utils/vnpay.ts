import { createHmac, randomInt, timingSafeEqual } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * VNPay payment protocol 2.1.0 as pure functions: the signed query, its dates and texts, and
 * the transaction reference. The provider builds payment URLs with them; the IPN and the
 * return check verify what VNPay sends back with the same functions.
 */

export const VNPAY_VERSION = "2.1.0"
/** Minutes a payment URL stays payable at VNPay. */
export const VNPAY_PAYMENT_MINUTES = 15

/** Every value travels as text; VNPay signs what it sends, and we sign what we send. */
export type VnpayParams = Record<string, string>

const SIGNATURE_KEYS = new Set(["vnp_SecureHash", "vnp_SecureHashType"])

/**
 * The text VNPay's 2.1.0 sample code signs: keys in ascending order, values URL-encoded with
 * spaces as `+`, joined as a query string. A blank value VNPay sends is signed as `key=`.
 */
export function vnpaySignedText(params: VnpayParams): string {
  return Object.keys(params)
    .filter((key) => !SIGNATURE_KEYS.has(key))
    .sort()
    .map((key) => `${encode(key)}=${encode(params[key])}`)
    .join("&")
}

function encode(value: string): string {
  return encodeURIComponent(value).replace(/%20/g, "+")
}

/** `vnp_SecureHash`: HMAC-SHA512 of the signed text, in lower-case hex. */
export function signVnpayParams(params: VnpayParams, secret: string): string {
  return createHmac("sha512", secret)
    .update(Buffer.from(vnpaySignedText(params), "utf-8"))
    .digest("hex")
}

/** True when `vnp_SecureHash` was made with our secret over exactly these parameters. */
export function verifyVnpayParams(
  params: VnpayParams,
  secret: string
): boolean {
  const given = (params.vnp_SecureHash ?? "").toLowerCase()
  if (!/^[0-9a-f]{128}$/.test(given)) {
    return false
  }
  const expected = Buffer.from(signVnpayParams(params, secret))
  return timingSafeEqual(expected, Buffer.from(given))
}

/** The payment URL the shopper is sent to: the signed parameters after VNPay's address. */
export function vnpayPaymentUrl(
  gatewayUrl: string,
  params: VnpayParams,
  secret: string
): string {
  const query = vnpaySignedText(params)
  const hash = signVnpayParams(params, secret)
  return `${gatewayUrl}?${query}&vnp_SecureHash=${hash}`
}

const GMT7_OFFSET_MS = 7 * 60 * 60 * 1000

/** `yyyyMMddHHmmss` in Việt Nam's time (GMT+7), whatever the server's time zone. */
export function vnpayDate(date: Date): string {
  const shifted = new Date(date.getTime() + GMT7_OFFSET_MS)
  const pad = (n: number) => String(n).padStart(2, "0")
  return (
    String(shifted.getUTCFullYear()) +
    pad(shifted.getUTCMonth() + 1) +
    pad(shifted.getUTCDate()) +
    pad(shifted.getUTCHours()) +
    pad(shifted.getUTCMinutes()) +
    pad(shifted.getUTCSeconds())
  )
}

/**
 * VNPay refuses Vietnamese marks and special characters in `vnp_OrderInfo`: "Đơn hàng: Dâu
 * tây" becomes "Don hang Dau tay". Letters, digits and single spaces are all that remain.
 */
export function withoutDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
}

/** `vnp_Locale` from the storefront's language: English pages get VNPay in English. */
export function vnpayLocale(locale: unknown): "vn" | "en" {
  return locale === "en" ? "en" : "vn"
}

/** VNPay accepts at most 34 letters and digits as `vnp_TxnRef`. */
export const TXN_REF_MAX_LENGTH = 34
const ATTEMPT_LENGTH = 8
const ATTEMPT_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
const SESSION_PREFIX = "payses_"

/**
 * A new `vnp_TxnRef` for one payment attempt: the payment session's own ULID followed by 8
 * random characters. VNPay refuses a reference it has already seen, so every attempt needs a
 * new one, and the IPN finds the session by its primary key instead of searching JSON.
 */
export function newTxnRef(sessionId: string): string {
  const ulid = sessionId.startsWith(SESSION_PREFIX)
    ? sessionId.slice(SESSION_PREFIX.length)
    : ""
  if (!/^[0-9A-Za-z]{1,26}$/.test(ulid)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `A VNPay reference needs a payment session id such as payses_01J…, got "${sessionId}"`
    )
  }
  let attempt = ""
  for (let i = 0; i < ATTEMPT_LENGTH; i++) {
    attempt += ATTEMPT_ALPHABET[randomInt(ATTEMPT_ALPHABET.length)]
  }
  return `${ulid}${attempt}`
}

/** The payment session a `vnp_TxnRef` of ours belongs to; null for any other text. */
export function sessionIdOfTxnRef(txnRef: string): string | null {
  if (
    !/^[0-9A-Za-z]+$/.test(txnRef) ||
    txnRef.length <= ATTEMPT_LENGTH ||
    txnRef.length > TXN_REF_MAX_LENGTH
  ) {
    return null
  }
  return `${SESSION_PREFIX}${txnRef.slice(0, -ATTEMPT_LENGTH)}`
}
