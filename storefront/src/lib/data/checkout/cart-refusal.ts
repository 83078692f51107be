// No "server-only" here: the cart and checkout actions use this, and it is unit-tested alone.

/** A refusal of a cart change or checkout that the shopper is told about by name. */
export type CartRefusal = { kind: "unavailable"; title: string }

const VI = " hiện không bán / "
const EN = " is not available"

/**
 * Reads the backend's refusal of a product that is no longer on sale: HTTP 400 with the message
 * "<title> hiện không bán / <title> is not available", the same title in both halves. Only that
 * exact wording is recognised; anything else is null and keeps the caller's own handling.
 */
export function cartRefusal(error: unknown): CartRefusal | null {
  if (typeof error !== "object" || error === null) return null
  const { status, message } = error as { status?: unknown; message?: unknown }
  if (status !== 400 || typeof message !== "string") return null
  if (!message.endsWith(EN)) return null
  // Split by length, not by searching the separator: a title may itself contain " / ".
  const halves = message.slice(0, -EN.length)
  const length = (halves.length - VI.length) / 2
  if (!Number.isInteger(length) || length < 1) return null
  const title = halves.slice(0, length)
  return halves === `${title}${VI}${title}`
    ? { kind: "unavailable", title }
    : null
}

const QUANTITY = "quantity: "

/**
 * The backend's refusal of a line's quantity (more than the stock, or than is left to
 * pre-order): HTTP 400 with "quantity: <Vietnamese> / <English>" among its field problems.
 * Returns the sentence in `locale`, or null for any other refusal.
 */
export function quantityRefusal(
  error: unknown,
  locale: "vi" | "en"
): string | null {
  if (typeof error !== "object" || error === null) return null
  const { status, message } = error as { status?: unknown; message?: unknown }
  if (status !== 400 || typeof message !== "string") return null
  const problem = message
    .split("; ")
    .find((part) => part.startsWith(QUANTITY))
    ?.slice(QUANTITY.length)
  if (!problem) return null
  const split = problem.indexOf(" / ")
  if (split < 0) return problem
  return locale === "en" ? problem.slice(split + 3) : problem.slice(0, split)
}
