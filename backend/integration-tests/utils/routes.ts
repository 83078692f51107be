import fs from "node:fs"
import path from "node:path"
import type { RequestHeaders } from "./admin"
import { type ApiResponse, responseOf, type TestApi } from "./api"

const API_DIR = path.resolve(__dirname, "../../src/api")
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const

export type Method = (typeof METHODS)[number]
export type DiscoveredRoute = { method: Method; path: string }

/**
 * Every route the code serves under `src/api/<folder>`, read from its route.ts files, so an
 * authorization matrix covers a route the day it is written instead of keeping a list.
 */
export function discoverRoutes(folder: string): DiscoveredRoute[] {
  return walk(path.join(API_DIR, folder), `/${folder}`)
}

function walk(dir: string, prefix: string): DiscoveredRoute[] {
  const routes: DiscoveredRoute[] = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      const segment = entry.name.replace(/^\[(.+)\]$/, ":$1")
      routes.push(...walk(full, `${prefix}/${segment}`))
    } else if (entry.name === "route.ts") {
      const source = fs.readFileSync(full, "utf8")
      for (const method of METHODS) {
        const exported = new RegExp(
          `export\\s+(const|async\\s+function|function)\\s+${method}\\b`
        )
        if (exported.test(source)) {
          routes.push({ method, path: prefix })
        }
      }
    }
  }
  return routes
}

/** Calls a discovered route as `headers` (none: anonymous) and returns the answer, 4xx included. */
export function callRoute(
  api: TestApi,
  method: Method,
  url: string,
  body: Record<string, unknown>,
  headers?: RequestHeaders
): Promise<ApiResponse> {
  const config = headers ?? {}
  const verb = method.toLowerCase() as Lowercase<Method>
  const request =
    verb === "get" || verb === "delete"
      ? api[verb](url, config)
      : api[verb](url, body, config)
  return request.then(
    (response) => response,
    (error: unknown) => responseOf(error)
  )
}
