import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { certificateExpiry, displayedStars } from "../../../domain/ocop-stars"
import {
  OCOP_ISSUING_LEVELS,
  OCOP_MAX_STARS,
  OCOP_MIN_STARS,
  type OcopIssuingLevel,
  type UpsertOcopCertificateDTO,
} from "../../../types/ocop/module"

export type ValidatedOcopCertificate = {
  stars: number
  decision_number: string
  issuing_level: OcopIssuingLevel
  issued_at: Date
  expires_at: Date
  image_url?: string | null
  displayed_stars: number | null
}

export const validateOcopCertificateStepId = "validate-ocop-certificate"

/**
 * Checks the stars (3–5), level and dates of a certificate and fills in the expiry
 * (36 months after issue) when it is not given.
 */
export const validateOcopCertificateStep = createStep(
  validateOcopCertificateStepId,
  async (input: UpsertOcopCertificateDTO) => {
    if (
      !Number.isInteger(input.stars) ||
      input.stars < OCOP_MIN_STARS ||
      input.stars > OCOP_MAX_STARS
    ) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `OCOP certificates have ${OCOP_MIN_STARS} to ${OCOP_MAX_STARS} stars, got ${input.stars}: enter the stars printed on the decision.`
      )
    }
    if (!OCOP_ISSUING_LEVELS.includes(input.issuing_level)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Unknown issuing level "${input.issuing_level}": use one of ${OCOP_ISSUING_LEVELS.join(", ")}.`
      )
    }
    const decisionNumber = input.decision_number?.trim()
    if (!decisionNumber) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "The OCOP decision number is missing: enter the number printed on the decision (e.g. 1234/QĐ-UBND)."
      )
    }
    const issuedAt = new Date(input.issued_at)
    if (Number.isNaN(issuedAt.getTime())) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `"${String(input.issued_at)}" is not a date: enter the issue date of the decision.`
      )
    }
    const expiresAt = input.expires_at
      ? new Date(input.expires_at)
      : certificateExpiry(issuedAt)
    if (Number.isNaN(expiresAt.getTime()) || expiresAt <= issuedAt) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "The expiry date must be a date after the issue date: leave it empty to use 36 months after issue."
      )
    }
    const validated: ValidatedOcopCertificate = {
      stars: input.stars,
      decision_number: decisionNumber,
      issuing_level: input.issuing_level,
      issued_at: issuedAt,
      expires_at: expiresAt,
      displayed_stars: displayedStars({
        stars: input.stars,
        issued_at: issuedAt,
        expires_at: expiresAt,
      }),
      ...(input.image_url !== undefined ? { image_url: input.image_url } : {}),
    }
    return new StepResponse(validated)
  }
)
