/** District-level certificates were issued until the 2025 two-tier reform; kept for old ones. */
export const OCOP_ISSUING_LEVELS = ["province", "national", "district"] as const
export type OcopIssuingLevel = (typeof OCOP_ISSUING_LEVELS)[number]

export const OCOP_MIN_STARS = 3
export const OCOP_MAX_STARS = 5

/** A certificate lasts 36 months from its issue date. */
export const OCOP_VALIDITY_MONTHS = 36

export type UpsertOcopCertificateDTO = {
  stars: number
  decision_number: string
  issuing_level: OcopIssuingLevel
  issued_at: Date | string
  expires_at?: Date | string | null
  image_url?: string | null
}
