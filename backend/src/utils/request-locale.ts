export type MessageLocale = "vi" | "en"

/**
 * The language of a person-facing error: the storefront says which in `x-medusa-locale`, a
 * browser in Accept-Language; Vietnamese unless English is asked for first.
 */
export function messageLocale(
  medusaLocale: string | undefined,
  acceptLanguage: string | undefined
): MessageLocale {
  const first = (medusaLocale || acceptLanguage || "")
    .split(",")[0]
    .trim()
    .toLowerCase()
  return first.startsWith("en") ? "en" : "vi"
}
