import { normalizeVietnamesePhone } from "./phone"

/** A Vietnamese mobile in E.164: landlines (+842…) have no Zalo account to message. */
const VIETNAMESE_MOBILE = /^\+84[35789]\d{8}$/

/**
 * The number Zalo's Notification Service addresses: a Vietnamese mobile as shoppers type it
 * ("0912 345 678", "+84 912345678", "84912345678") in 84… form without "+" ("84912345678");
 * null for a landline, a foreign number or anything else.
 */
export function toZaloPhone(phone: string): string | null {
  const normalized = normalizeVietnamesePhone(phone)
  return normalized && VIETNAMESE_MOBILE.test(normalized)
    ? normalized.slice(1)
    : null
}
