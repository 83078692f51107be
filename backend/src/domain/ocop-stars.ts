import { MedusaError } from "@medusajs/framework/utils"
import { OCOP_VALIDITY_MONTHS } from "../types/ocop/module"

type CertificateDates = {
  issued_at: Date | string
  /** Always stored by the API (36 months by default); a certificate without one never lapses. */
  expires_at: Date | string | null
}

/**
 * The day a certificate issued on `issuedAt` lapses: 36 months later, clamped to the end of
 * the month (a 29 February issue expires on 28 February).
 */
export function certificateExpiry(issuedAt: Date | string): Date {
  const issued = new Date(issuedAt)
  if (Number.isNaN(issued.getTime())) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Invalid issue date: ${String(issuedAt)}`
    )
  }
  const expiry = new Date(issued.getTime())
  expiry.setUTCDate(1)
  expiry.setUTCMonth(expiry.getUTCMonth() + OCOP_VALIDITY_MONTHS)
  const lastDay = new Date(
    Date.UTC(expiry.getUTCFullYear(), expiry.getUTCMonth() + 1, 0)
  ).getUTCDate()
  expiry.setUTCDate(Math.min(issued.getUTCDate(), lastDay))
  return expiry
}

/** A certificate counts from its issue date until (not including) its expiry. */
export function isCertificateValid(
  certificate: CertificateDates | null | undefined,
  now: Date = new Date()
): boolean {
  if (!certificate) {
    return false
  }
  const issued = new Date(certificate.issued_at).getTime()
  const at = now.getTime()
  if (certificate.expires_at === null) {
    return issued <= at
  }
  return issued <= at && at < new Date(certificate.expires_at).getTime()
}

/**
 * The stars rule: shoppers see a certificate's stars while it counts (issued ≤ now < expires),
 * none before its issue date or once it has expired. Stored on the certificate when it is
 * written and re-decided by the timed-changes job; every reader shows the stored value.
 */
export function displayedStars(
  certificate: (CertificateDates & { stars: number }) | null | undefined,
  now: Date = new Date()
): number | null {
  return certificate && isCertificateValid(certificate, now)
    ? certificate.stars
    : null
}
