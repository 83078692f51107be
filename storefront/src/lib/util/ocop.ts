export type OcopStars = 3 | 4 | 5

export interface CertificateValidity {
  stars: number
  expires_at: string | null
}

/**
 * An OCOP certificate only counts while its expiry lies in the future:
 * an expired certificate shows no stars anywhere (DESIGN.md, OCOP certification).
 */
export function isCertificateValid(
  cert: CertificateValidity | null | undefined,
  now: Date = new Date()
): boolean {
  if (!cert || !cert.expires_at) return false
  if (![3, 4, 5].includes(cert.stars)) return false
  const expires = new Date(cert.expires_at)
  if (Number.isNaN(expires.getTime())) return false
  return expires.getTime() > now.getTime()
}

/** Stars to display, or null when the certificate is missing or expired. */
export function visibleStars(
  cert: CertificateValidity | null | undefined,
  now: Date = new Date()
): OcopStars | null {
  return isCertificateValid(cert, now) ? (cert!.stars as OcopStars) : null
}
