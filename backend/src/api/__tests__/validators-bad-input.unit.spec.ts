import fc from "fast-check"
import {
  badInputFor,
  namesField,
} from "../../../integration-tests/utils/bad-input"
import { validatedRoutesOf } from "../../../integration-tests/utils/validated-routes"
import middlewares from "../middlewares"
import { validatedInputOf } from "../utils/validated-input"
import { fieldErrorsOf } from "../utils/validate-body"

// Every schema the market's middlewares validate with, given generated bad input: parsing never
// throws, the input is refused, and every problem names a field — the one made bad among them.

const routes = validatedRoutesOf(middlewares, validatedInputOf)
const schemas = [...new Set(routes.map((route) => route.schema))].map(
  (schema) => ({
    schema,
    routes: routes
      .filter((route) => route.schema === schema)
      .map((route) => `${route.method} ${route.matcher}`)
      .join(", "),
  })
)

describe("the market's validators, given bad input", () => {
  // The photo rule reads where the market's own files live from the settings, which insist on
  // a database address and default the rest.
  beforeAll(() => {
    vi.stubEnv("DATABASE_URL", "postgres://market@localhost:5432/market")
  })
  afterAll(() => {
    vi.unstubAllEnvs()
  })

  it("are read from the middleware table: bodies and queries", () => {
    const parts = new Set(routes.map((route) => route.part))
    expect([...parts].sort()).toEqual(["body", "query"])
    expect(routes.length).toBeGreaterThan(40)
  })

  it.each(schemas)("refuse it by field name: $routes", ({ schema }) => {
    fc.assert(
      fc.property(badInputFor(schema), (bad) => {
        const result = schema.safeParse(bad.input)
        expect(result.success).toBe(false)
        const fields = fieldErrorsOf(result.error!).map((error) => error.field)
        expect(fields.filter((field) => !field)).toEqual([])
        expect(namesField(fields, bad.field)).toBe(true)
      }),
      { numRuns: 50 }
    )
  })
})
