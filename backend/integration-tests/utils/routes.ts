import fs from "node:fs"
import http from "node:http"
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

/** Every route the code serves under `src/api`, all folders together. */
export function discoverMarketRoutes(): DiscoveredRoute[] {
  return fs
    .readdirSync(API_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => discoverRoutes(entry.name))
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

type ExpressLayer = {
  route?: { path: unknown; methods: Record<string, boolean> }
}
type ExpressApp = { _router?: { stack: ExpressLayer[] } }

/**
 * Every route the running backend answers — Medusa's own and the market's — read from the
 * Express router of the server the test runner started in this process. Paths with wildcards
 * belong to middlewares, not to routes, and are left out.
 */
export function discoverAppRoutes(): DiscoveredRoute[] {
  const handles = (
    process as unknown as { _getActiveHandles(): unknown[] }
  )._getActiveHandles()
  const apps = handles
    .filter((handle): handle is http.Server => handle instanceof http.Server)
    .flatMap((server) => server.listeners("request") as ExpressApp[])
    .filter((app) => app._router?.stack.length)
  if (apps.length !== 1) {
    throw new Error(
      `Expected the one Medusa server of this test process, found ${apps.length}`
    )
  }
  const seen = new Set<string>()
  const routes: DiscoveredRoute[] = []
  for (const layer of apps[0]._router!.stack) {
    const route = layer.route
    if (!route || typeof route.path !== "string" || /[*(]/.test(route.path)) {
      continue
    }
    for (const method of METHODS) {
      const key = `${method} ${route.path}`
      if (route.methods[method.toLowerCase()] && !seen.has(key)) {
        seen.add(key)
        routes.push({ method, path: route.path })
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

const METHOD_ORDER = ["GET", "POST", "DELETE"]

/**
 * Routes in an order one world survives: reads first, then writes, deletions last and deepest
 * first, so that an owner's own successful writes never remove what a later route needs.
 */
export function inOwnerSafeOrder<T extends { method: string; path: string }>(
  routes: T[]
): T[] {
  const rank = (route: T) => METHOD_ORDER.indexOf(route.method.toUpperCase())
  return [...routes].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.method.toUpperCase() === "DELETE" ? b.path.length - a.path.length : 0)
  )
}

/**
 * Collects every route × caller that answered wrongly, so that one run names them all instead
 * of stopping at the first.
 */
export function answerLog() {
  const problems: string[] = []
  return {
    problems,
    expect(route: string, who: string, ok: boolean, status: number) {
      if (!ok) {
        problems.push(`${route}: ${who} got ${status}`)
      }
    },
  }
}
