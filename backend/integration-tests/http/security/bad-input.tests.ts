import fc from "fast-check"
import type { RequestHeaders } from "../../utils/admin"
import type { ApiResponse, ErrorBody, TestApi } from "../../utils/api"
import {
  anyQueryValue,
  badInputFor,
  type BadInput,
  fieldsOf,
  namesField,
  type Schema,
} from "../../utils/bad-input"
import { type ExtraTable, fingerprint } from "../../utils/fingerprint"
import {
  callRoute,
  discoverMarketRoutes,
  type DiscoveredRoute,
} from "../../utils/routes"
import {
  appValidatedRoutes,
  routeKey,
  type ValidatedRoute,
} from "../../utils/validated-routes"
import type { SuiteContext } from "../../utils/suite"
import { areaOf, buildBadInputWorld, pathIn } from "./bad-input-world"

// Every validator of the market's middleware table, on every route it guards, given generated
// bad input by a caller the route lets in, on records that caller owns: the answer is a 400
// naming the field made bad (never a 5xx, nor another 4xx that hides the validation), and a
// read-back proves nothing was written.

/** Generated inputs per route: enough to meet every field's kinds of mistake on a 2-core run. */
const BODY_RUNS = 25
/** Queries have fewer kinds of value (texts and lists of texts), so fewer runs cover them. */
const QUERY_RUNS = 10
/** A route that takes no parameter has one mistake to make: any parameter at all. */
const NO_PARAMETER_RUNS = 5

/** Custom POST routes without a JSON body schema of their own, each with the reason. */
const LEFT_OUT: Record<string, string> = {
  "POST /producer/products/:id/photos":
    "a multipart upload: its input is a file, checked for kind and size by the upload middleware",
  "POST /onboarding/uploads":
    "a multipart upload: its input is files, checked for kind and size by the upload middleware",
  "POST /admin/onboarders/:id/deactivate":
    "reads nothing but the id in its path",
  "POST /admin/orders/:id/bank-transfer/confirm":
    "reads nothing but the id in its path",
  "POST /producer/products/:id/archive": "reads nothing but the id in its path",
  "POST /store/carts/:id/order-proof":
    "reads nothing but the cart id in its path",
  "POST /store/customers":
    "replaces Medusa's handler at Medusa's path: Medusa's own validator checks the body first",
  "POST /store/carts/:id/promotions":
    "replaces Medusa's handler at Medusa's path: Medusa's own validator checks the body first",
}

/** What the routes under test may write, read back whole beside the shared fingerprint. */
const WRITTEN_BY_THESE_ROUTES: ExtraTable[] = [
  "ocop_certificate",
  "harvest_season",
  "harvest_preorder",
  "preorder_line",
  "bank_transaction",
  "vietqr_payment",
  "listing_click",
  "share_visit",
  "producer_status_change",
]

/** The custom routes a table entry guards: its own path, or every path under a `*` prefix. */
function guardedRoutes(
  entry: ValidatedRoute,
  custom: DiscoveredRoute[]
): DiscoveredRoute[] {
  if (entry.matcher.endsWith("*")) {
    const prefix = entry.matcher.slice(0, -1)
    return custom.filter(
      (route) => route.method === entry.method && route.path.startsWith(prefix)
    )
  }
  return [
    { method: entry.method as DiscoveredRoute["method"], path: entry.matcher },
  ]
}

function withQuery(url: string, input: Record<string, unknown>): string {
  const query = new URLSearchParams()
  for (const [name, value] of Object.entries(input)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      query.append(Array.isArray(value) ? `${name}[]` : name, String(item))
    }
  }
  return `${url}?${query}`
}

/**
 * The market's validators list `errors` by field; Medusa's query validator names fields in its
 * sentence (`Unrecognized fields: 'x'`, `for field 'limit'`).
 */
function refusalNames(response: ApiResponse, field: string): boolean {
  const body = response.data as ErrorBody | undefined
  if (body?.errors?.length) {
    return namesField(
      body.errors.map((error) => error.field),
      field
    )
  }
  const name = field.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
  return new RegExp(`(^|[^a-z_])${name}([^a-z_]|$)`).test(body?.message ?? "")
}

async function call(
  api: TestApi,
  target: { method: string; url: string; part: "body" | "query" },
  bad: BadInput,
  headers?: RequestHeaders
) {
  return target.part === "body"
    ? callRoute(api, "POST", target.url, bad.input, headers)
    : callRoute(api, "GET", withQuery(target.url, bad.input), {}, headers)
}

export function badInputTests({ api, getContainer }: SuiteContext) {
  const custom = discoverMarketRoutes()

  it("drives every custom POST route's body validator, or names why the route is left out", () => {
    const entries = appValidatedRoutes()
    const driven = new Set(
      entries
        .filter((entry) => entry.part === "body")
        .map((entry) => routeKey(entry.method, entry.matcher))
    )
    const leftOut = new Set(
      Object.keys(LEFT_OUT).map((key) => routeKey(...methodAndPath(key)))
    )
    const posts = custom
      .filter((route) => route.method === "POST")
      .map((route) => routeKey(route.method, route.path))
    expect(
      posts.filter((key) => !driven.has(key) && !leftOut.has(key))
    ).toEqual([])
    // A route left out that no longer exists, or that gained a validator, leaves the list.
    expect(
      [...leftOut].filter((key) => !posts.includes(key) || driven.has(key))
    ).toEqual([])
  })

  // About 1 100 requests and 40 read-backs: under a minute on a busy two-core machine.
  it("answers generated bad input with a 400 naming the field, never a 5xx, and writes nothing", async () => {
    const container = getContainer()
    const world = await buildBadInputWorld(api, container)
    const targets = appValidatedRoutes()
      .flatMap((entry) =>
        guardedRoutes(entry, custom).map((route) => ({
          method: route.method,
          matcher: route.path,
          url: pathIn(route.path, areaOf(route.path, world)),
          part: entry.part,
          schema: entry.schema,
        }))
      )
      .sort((a, b) => (a.part === b.part ? 0 : a.part === "body" ? -1 : 1))
    const readBack = () =>
      fingerprint(container, world.scope, WRITTEN_BY_THESE_ROUTES)
    const problems: string[] = []
    let requests = 0
    let before = await readBack()
    for (const target of targets) {
      const name = `${target.method} ${target.matcher}`
      const area = areaOf(target.matcher, world)
      const inputs =
        target.part === "body"
          ? badInputFor(target.schema)
          : badInputFor(target.schema, {
              values: anyQueryValue,
              otherFields: false,
            })
      // fast-check shrinks a failure before it stops: the last one seen is the simplest.
      let simplestFailure = ""
      const refusedByName = fc.asyncProperty(inputs, async (bad) => {
        const response = await call(api, target, bad, area.headers)
        requests++
        // 400 exactly: the validator answered, not a sign-in check, a lookup or a limit.
        const ok = response.status === 400 && refusalNames(response, bad.field)
        if (!ok) {
          simplestFailure = `${bad.problem} ${bad.field} in ${JSON.stringify(bad.input)} → ${response.status} ${JSON.stringify(response.data)}`
        }
        return ok
      })
      await fc
        .assert(refusedByName, { numRuns: runsFor(target) })
        .catch((error: Error) =>
          problems.push(`${name}: ${simplestFailure || error.message}`)
        )
      // Each write route is read back on its own; the queries, which come last, together.
      if (target.part === "body") {
        const after = await readBack()
        if (after !== before) {
          problems.push(`${name}: bad input changed the records`)
        }
        before = after
      }
    }
    if ((await readBack()) !== before) {
      problems.push("a refused query changed the records")
    }
    process.stdout.write(
      `bad input: ${targets.length} route validators, ${requests} requests\n`
    )
    expect(problems).toEqual([])
  }, 300_000)
}

function runsFor(target: { part: "body" | "query"; schema: Schema }): number {
  if (target.part === "body") {
    return BODY_RUNS
  }
  return Object.keys(fieldsOf(target.schema) ?? {}).length
    ? QUERY_RUNS
    : NO_PARAMETER_RUNS
}

function methodAndPath(key: string): [string, string] {
  const [method, path] = key.split(" ")
  return [method, path]
}
