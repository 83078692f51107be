import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * What a shopper may see of a producer, on the product pages and the producer pages alike.
 * Consent records, the onboarder and the review status stay inside: they are the market's
 * paperwork, not something a shopper needs.
 */
export const PUBLIC_PRODUCER_FIELDS = [
  "id",
  "handle",
  "name",
  "kind",
  "village",
  "ward",
  "province",
  "story_vi",
  "story_en",
  "phone",
  "photos",
] as const

export type PublicProducerField = (typeof PUBLIC_PRODUCER_FIELDS)[number]

const PUBLIC = new Set<string>(PUBLIC_PRODUCER_FIELDS)

/** `fields` arrives as one comma-separated string or as repeated parameters. */
function requestedFields(raw: unknown): string[] {
  const values = Array.isArray(raw) ? raw : [raw]
  return values
    .filter((value): value is string => typeof value === "string")
    .flatMap((value) => value.split(","))
    .map((field) => field.trim().replace(/^[+-]/, ""))
    .filter(Boolean)
}

/** The first requested producer field a shopper may not see, or null. */
export function firstNonPublicProducerField(raw: unknown): string | null {
  for (const field of requestedFields(raw)) {
    const segments = field.replace(/^\*/, "").split(".")
    const at = segments.indexOf("producer")
    if (at === -1) continue
    const rest = segments.slice(at + 1).join(".")
    // `*producer`, `producer` and `producer.*` all mean "every column", which includes the
    // paperwork, so only named public columns are accepted.
    if (field.startsWith("*") || !PUBLIC.has(rest)) return field
  }
  return null
}

export function nonPublicProducerFieldMessage(field: string): string {
  return `fields: ${field} is not public. Ask for the producer's public fields by name: ${PUBLIC_PRODUCER_FIELDS.map((name) => `+producer.${name}`).join(",")}`
}

/**
 * Medusa drops a field that is not allowed without a word; refusing it instead tells a client
 * that its request cannot be served, rather than leaving it to guess why a value is missing.
 */
export function rejectNonPublicProducerFields(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const field = firstNonPublicProducerField(req.query.fields)
  if (field) {
    return next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        nonPublicProducerFieldMessage(field)
      )
    )
  }
  next()
}
