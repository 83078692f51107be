// One pair of Store API runs per route: ours and vanilla back to back, the order alternating by
// round, with the serving process's CPU time over the measured run.
import { SIDES, apiRoutes } from "./backends.mjs"
import { measure, requests } from "./load.mjs"
import { cpuMs, waitUntilIdle } from "./proc.mjs"

// Enough for the JIT and the pools, at a concurrency that a cold process answers in time.
const FIRST_WARMUP = 100
const FIRST_WARMUP_CONNECTIONS = 10

export const API_ROUTES = [
  { key: "list", label: "GET /store/products?limit=24 (prices)" },
  { key: "handle", label: "GET /store/products?handle= (prices)" },
  { key: "health", label: "GET /health" },
]

export function emptyApiResults() {
  return Object.fromEntries(
    API_ROUTES.map((route) => [
      route.key,
      Object.fromEntries(SIDES.map((side) => [side, []])),
    ])
  )
}

/** Before the first round: JIT, caches and connection pools, on every route and side. */
export async function apiWarmUp(backends) {
  for (const route of API_ROUTES) {
    for (const side of SIDES) {
      const backend = backends[side]
      const { path } = apiRoutes(backend).find((r) => r.key === route.key)
      const { ok, firstStatus } = await requests(
        `${backend.url}${path}`,
        backend.headers,
        FIRST_WARMUP,
        FIRST_WARMUP_CONNECTIONS
      )
      if (!ok) {
        throw new Error(
          `${side} ${route.label}: no request succeeded (HTTP ${firstStatus}).`
        )
      }
    }
  }
}

export async function apiRound(round, backends, results) {
  const order = round % 2 === 0 ? SIDES : [...SIDES].reverse()
  for (const route of API_ROUTES) {
    for (const side of order) {
      const backend = backends[side]
      const { path } = apiRoutes(backend).find((r) => r.key === route.key)
      const run = await measure(`${backend.url}${path}`, {
        headers: backend.headers,
        around: () => cpuMs(backend.process.pid),
        settle: () =>
          waitUntilIdle(SIDES.map((other) => backends[other].process.pid)),
      })
      results[route.key][side].push({
        ...run,
        cpuPerRequest: run.ok ? run.cost / run.ok : NaN,
      })
    }
  }
}
