// Phones are stored in E.164 (+84…) by the backend; shoppers read the national form.
const MOBILE = /^0[35789]\d{8}$/
const LANDLINE = /^02\d{9}$/

function toNational(phone: string): string | null {
  const digits = phone.replace(/[^\d+]/g, "")
  if (digits.startsWith("+84")) return `0${digits.slice(3)}`
  if (digits.startsWith("84") && digits.length >= 11)
    return `0${digits.slice(2)}`
  if (digits.startsWith("0")) return digits
  return null
}

/** "+84912345678" → "0912 345 678"; "+842633822222" → "0263 3822 222". */
export function formatVietnamesePhone(
  phone: string | null | undefined
): string | null {
  if (!phone) return null
  const national = toNational(phone.trim())
  if (national && MOBILE.test(national)) {
    return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`
  }
  if (national && LANDLINE.test(national)) {
    return `${national.slice(0, 4)} ${national.slice(4, 8)} ${national.slice(8)}`
  }
  return phone.trim()
}

/** A tel: link that works from any phone, always in E.164. */
export function phoneHref(phone: string | null | undefined): string | null {
  if (!phone) return null
  const national = toNational(phone.trim())
  if (!national || !(MOBILE.test(national) || LANDLINE.test(national)))
    return null
  return `tel:+84${national.slice(1)}`
}
