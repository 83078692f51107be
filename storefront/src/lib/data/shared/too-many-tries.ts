// No "server-only" here: the form actions use this, and it is unit-tested alone.

/**
 * The backend refused because too many tries came from this person or address. `message` is
 * the backend's own sentence, already in the language the call asked for, saying when to try
 * again; without one the form says it in its own words.
 */
export type TooManyTries = { reason: "tooMany"; message?: string }

/** The refusal when the backend answered 429, else null. */
export function tooManyTries(error: unknown): TooManyTries | null {
  const { status, statusText, message } = (error ?? {}) as {
    status?: unknown
    statusText?: unknown
    message?: unknown
  }
  if (status !== 429) return null
  // The SDK puts the status text in the message when the body carried none (a proxy's 429).
  const sentence = typeof message === "string" ? message.trim() : ""
  return sentence && sentence !== statusText
    ? { reason: "tooMany", message: sentence }
    : { reason: "tooMany" }
}
