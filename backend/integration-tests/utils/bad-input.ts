import fc from "fast-check"
import { z } from "@medusajs/framework/zod"

/**
 * Generated bad input for a zod object schema: one field of it made wrong (a value of another
 * type, too long a text, left out when required) or a field the schema does not know. The rest
 * of the input is random too, so a refusal is tried among other mistakes. Whatever is made bad,
 * the refusal must name `field`.
 */
export type BadInput = {
  field: string
  problem: "wrong value" | "too long" | "missing" | "unknown field"
  input: Record<string, unknown>
}

/** A zod schema, as the object schemas hold their fields. */
export type Schema = z.core.$ZodType
type Fields = Record<string, Schema>

/** The schema a wrapper (optional, nullable, default, a transform's pipe) hands its input to. */
function innerOf(schema: Schema): Schema | null {
  const def = schema._zod.def
  switch (def.type) {
    case "pipe":
      return (def as z.core.$ZodPipeDef).in
    case "optional":
    case "nullable":
    case "default":
      return (def as z.core.$ZodOptionalDef).innerType
    default:
      return null
  }
}

// Kinds are read from `_zod.def`, not with `instanceof`: the schemas under test may come from
// the running app's own instance of zod.

/** The fields of an object schema, through what a validator wraps it in. */
export function fieldsOf(schema: Schema): Fields | null {
  const def = schema._zod.def
  if (def.type === "object") {
    return (def as z.core.$ZodObjectDef).shape
  }
  const inner = innerOf(schema)
  return inner ? fieldsOf(inner) : null
}

/** The longest text a field takes, when it says (a `max` on its string). */
function maxLengthOf(field: Schema): number | null {
  if (field._zod.def.type === "string") {
    return (field._zod.bag as { maximum?: number }).maximum ?? null
  }
  const inner = innerOf(field)
  return inner ? maxLengthOf(inner) : null
}

/** A value goes over HTTP as JSON: -0 becomes 0, so the schema is asked about what arrives. */
const asSent = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

/** True when the field refuses the value; a schema that throws refuses it too, loudly, later. */
function refuses(field: Schema, value: unknown): boolean {
  try {
    return !z.safeParse(field, value).success
  } catch {
    return true
  }
}

const scalar = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.string({ maxLength: 30 }),
  fc.constant(null)
)

/** Anything a JSON body may carry: numbers, texts, booleans, null, lists and objects of them. */
const anyJsonValue = fc.oneof(
  scalar,
  fc.array(scalar, { maxLength: 3 }),
  fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), scalar, {
    maxKeys: 3,
  })
)

/**
 * Anything a query string may carry: a text, or a list of texts for a repeated parameter.
 * Objects (`a[b]=c`) are left out: Medusa reads them as nested fields, another input.
 */
export const anyQueryValue = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.array(fc.string({ maxLength: 10 }), { minLength: 1, maxLength: 3 })
)

/**
 * `values`: what a field may be given (JSON values for a body, texts for a query);
 * `otherFields`: whether the rest of the input is random too, or left out (Medusa's query
 * validator names only its first three problems, so a query's bad field comes alone).
 */
export type BadInputOptions = {
  values?: fc.Arbitrary<unknown>
  otherFields?: boolean
}

/** One of each kind, to tell whether a field refuses anything at all (`z.unknown()` does not). */
const PROBES: unknown[] = [0, 1.5, true, "", "x", null, [], {}]

const unknownFieldName = (fields: Fields) =>
  fc
    .stringMatching(/^[a-z][a-z_]{1,15}$/)
    .filter((name) => !Object.prototype.hasOwnProperty.call(fields, name))

/** Generates bad input for one object schema's fields. */
function generatorFor(
  fields: Fields,
  { values = anyJsonValue, otherFields = true }: BadInputOptions
) {
  /** The other fields, each left out or given any value; none when `otherFields` is off. */
  const restOf = (except: string | null) =>
    fc.record(
      Object.fromEntries(
        Object.keys(fields)
          .filter((name) => otherFields && name !== except)
          .map((name) => [name, values])
      ),
      { requiredKeys: [] }
    )

  const made = (
    name: string,
    problem: BadInput["problem"],
    value: fc.Arbitrary<unknown>
  ): fc.Arbitrary<BadInput> =>
    fc.tuple(restOf(name), value).map(([rest, bad]) => ({
      field: name,
      problem,
      input: { ...rest, [name]: bad },
    }))

  const badField = (name: string): fc.Arbitrary<BadInput>[] => {
    const field = fields[name]
    const options: fc.Arbitrary<BadInput>[] = []
    if (PROBES.some((probe) => refuses(field, probe))) {
      const wrong = values.map(asSent).filter((value) => refuses(field, value))
      options.push(made(name, "wrong value", wrong))
    }
    const max = maxLengthOf(field)
    if (max !== null) {
      // Not whitespace: a trimmed field would shorten it back under the limit.
      const tooLong = fc
        .tuple(fc.constantFrom("a", "ồ", "字"), fc.integer({ min: 1, max: 50 }))
        .map(([char, extra]) => char.repeat(max + extra))
      options.push(made(name, "too long", tooLong))
    }
    if (refuses(field, undefined)) {
      options.push(
        restOf(name).map((rest) => ({
          field: name,
          problem: "missing" as const,
          input: rest,
        }))
      )
    }
    return options
  }

  const unknownField = fc
    .tuple(restOf(null), unknownFieldName(fields), values)
    .map(([rest, name, value]) => ({
      field: name,
      problem: "unknown field" as const,
      input: { ...rest, [name]: value },
    }))

  return fc.oneof(unknownField, ...Object.keys(fields).flatMap(badField))
}

/** Bad input for an object schema, spread evenly over its fields and the unknown-field case. */
export function badInputFor(
  schema: Schema,
  options: BadInputOptions = {}
): fc.Arbitrary<BadInput> {
  const fields = fieldsOf(schema)
  if (!fields) {
    throw new Error("bad input is generated for object schemas only")
  }
  return generatorFor(fields, options)
}

/** Whether a refusal's field paths (`consent.method`, `settings.kind`) point at `field`. */
export function namesField(fieldPaths: string[], field: string): boolean {
  return fieldPaths.some(
    (path) => path === field || path.startsWith(`${field}.`)
  )
}
