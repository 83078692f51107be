import { COMMON_PASSWORDS } from "./common-passwords"

export const MIN_PASSWORD_LENGTH = 10
export const MAX_PASSWORD_LENGTH = 200

const COMMON = new Set(COMMON_PASSWORDS)

/**
 * Whether a new password may be set, on every path that sets one (invite, reset, an officer
 * creating a volunteer): the reason it may not, or null. A guesser's first tries and anything
 * short enough to run through are refused.
 */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `password must have at least ${MIN_PASSWORD_LENGTH} characters`
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return `password must have at most ${MAX_PASSWORD_LENGTH} characters`
  }
  if (COMMON.has(password.trim().toLowerCase())) {
    return "password is one of the most common passwords: choose one that is harder to guess"
  }
  if (new Set(password).size < 4) {
    return "password repeats too few characters: choose one that is harder to guess"
  }
  return null
}
