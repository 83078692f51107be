import { randomInt } from "node:crypto"

export const REFERENCE_PREFIX = "OCOP"
/** Upper-case letters and digits without 0/O, 1/I/L: easy to read aloud and to type. */
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
const RANDOM_LENGTH = 6

/** A short payment reference such as `OCOP7K3Q9X` (31^6 ≈ 887 million values). */
export function generatePaymentReference(): string {
  let reference = REFERENCE_PREFIX
  for (let i = 0; i < RANDOM_LENGTH; i++) {
    reference += ALPHABET[randomInt(ALPHABET.length)]
  }
  return reference
}

const REFERENCE_IN_TEXT = new RegExp(
  `${REFERENCE_PREFIX}[${ALPHABET}]{${RANDOM_LENGTH}}`,
  "i"
)

/**
 * Finds our reference inside a bank transfer's content, whatever the bank adds around it
 * ("MBVCB.123.OCOP7K3Q9X.CT tu 0123…", lower-case from a hand-typed transfer).
 */
export function findPaymentReference(
  content: string | null | undefined
): string | null {
  if (!content) {
    return null
  }
  const match = REFERENCE_IN_TEXT.exec(content)
  return match ? match[0].toUpperCase() : null
}
