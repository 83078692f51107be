import { createRequire } from "node:module"
import path from "node:path"
import type { MiddlewaresConfig } from "@medusajs/framework/http"
import type {
  ValidatedInput,
  validatedInputOf as ValidatedInputOf,
} from "../../src/api/utils/validated-input"

/** A route of the market's middleware table and the schema its validator applies. */
export type ValidatedRoute = ValidatedInput & {
  method: string
  matcher: string
}

/**
 * Every method + matcher of the middleware table (`src/api/middlewares.ts`) whose middlewares
 * include one of the market's validators, with that validator's schema: read from the table
 * itself, so a route gains its property tests the day its validator is added.
 */
export function validatedRoutesOf(
  table: MiddlewaresConfig,
  inputOf: typeof ValidatedInputOf
): ValidatedRoute[] {
  return (table.routes ?? []).flatMap((route) =>
    (route.middlewares ?? []).flatMap((middleware) => {
      const input = inputOf(middleware)
      if (!input) {
        return []
      }
      return (route.methods ?? ["ALL"]).map((method) => ({
        method: String(method),
        matcher: String(route.matcher),
        ...input,
      }))
    })
  )
}

const API_DIR = path.resolve(__dirname, "../../src/api")

/**
 * A module of `src/api` as the running app loaded it (Medusa loads them with Node's require).
 * Importing it anew into the test would define the market's links a second time, which the
 * test runner's link sync refuses.
 */
function loadedByApp<T>(file: string): T {
  const appRequire = createRequire(path.join(API_DIR, "middlewares.ts"))
  const loaded = appRequire.cache[path.join(API_DIR, file)]
  if (!loaded) {
    throw new Error(`The app has not loaded src/api/${file}: boot it first`)
  }
  return loaded.exports as T
}

/** `validatedRoutesOf` the running app's own middleware table. */
export function appValidatedRoutes(): ValidatedRoute[] {
  const table = loadedByApp<{ default: MiddlewaresConfig }>("middlewares.ts")
  const { validatedInputOf } = loadedByApp<{
    validatedInputOf: typeof ValidatedInputOf
  }>("utils/validated-input.ts")
  return validatedRoutesOf(table.default, validatedInputOf)
}

/** `/producer/products/:id` and `/producer/products/:product_id` are one route. */
export function routeKey(method: string, routePath: string): string {
  return `${method.toUpperCase()} ${routePath.replace(/:[a-z_]+/gi, ":param")}`
}
