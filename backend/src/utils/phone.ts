/**
 * Vietnamese numbers after the 2018 renumbering: mobiles are 0 + 9 digits starting with
 * 3, 5, 7, 8 or 9; landlines are 0 + 10 digits starting with 2 (area code 02xx).
 */
const NATIONAL_NUMBER = /^(?:[35789]\d{8}|2\d{9})$/

const SEPARATORS = /[\s.\-()]/g

/**
 * Turns a Vietnamese phone number as people type it ("0912 345 678", "+84 912345678",
 * "84912345678") into E.164 ("+84912345678"); returns null when it is not one.
 */
export function normalizeVietnamesePhone(
  input: string | null | undefined
): string | null {
  if (typeof input !== "string") {
    return null
  }
  const compact = input.trim().replace(SEPARATORS, "")
  let national: string
  if (compact.startsWith("+84")) {
    national = compact.slice(3)
  } else if (compact.startsWith("0084")) {
    national = compact.slice(4)
  } else if (compact.startsWith("84") && compact.length >= 11) {
    national = compact.slice(2)
  } else if (compact.startsWith("0")) {
    national = compact.slice(1)
  } else {
    return null
  }
  // "+84 0912…" is a common mix of both notations.
  if (national.startsWith("0")) {
    national = national.slice(1)
  }
  return NATIONAL_NUMBER.test(national) ? `+84${national}` : null
}
