// A producer with thousands of orders: they are written in bulk through the order module
// (market-scripts/insert-producer-orders.ts), then the portal's order list is timed, as the
// backend route and as the storefront page, one request at a time.
import path from "node:path"
import { performance } from "node:perf_hooks"
import { runCommand } from "../../../scripts/lib/processes.mjs"
import { BACKEND_DIR, ROOT, bin } from "../../../scripts/lib/workspace.mjs"
import { median, percentile } from "./stats.mjs"

export const PRODUCER_ORDERS = Number(process.env.BENCH_PRODUCER_ORDERS ?? 5000)
const TIMED_REQUESTS = 5
const PRODUCER_TOKEN_COOKIE = "_xuan_tho_producer_token"

/** A producer member's Medusa token, signed in with the seed's credentials. */
export async function producerToken(backend) {
  const account = backend.seed.accounts?.producers?.[0]
  if (!account) throw new Error("The seed wrote no producer sign-in.")
  const response = await fetch(`${backend.url}/auth/producer/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: account.email, password: account.password }),
  })
  const { token } = await response.json()
  if (!token) {
    throw new Error(`Producer sign-in refused (HTTP ${response.status}).`)
  }
  return { token, handle: account.producer_handle }
}

export const portalCookie = (token) => `${PRODUCER_TOKEN_COOKIE}=${token}`

export async function insertProducerOrders(env, handle) {
  const script = path.join(
    ROOT,
    "tests",
    "bench",
    "market-scripts",
    "insert-producer-orders.ts"
  )
  await runCommand(
    bin("medusa"),
    ["exec", path.relative(BACKEND_DIR, script)],
    {
      cwd: BACKEND_DIR,
      env: {
        ...env,
        BENCH_PRODUCER_HANDLE: handle,
        BENCH_PRODUCER_ORDERS: String(PRODUCER_ORDERS),
      },
      quiet: true,
    }
  )
}

async function timeSequential(url, headers) {
  const latencies = []
  let status = 0
  let bytes = 0
  for (let i = 0; i < TIMED_REQUESTS; i++) {
    const begun = performance.now()
    const response = await fetch(url, { headers })
    const body = await response.arrayBuffer()
    latencies.push(performance.now() - begun)
    status = response.status
    bytes = body.byteLength
  }
  latencies.sort((a, b) => a - b)
  return {
    p50: median(latencies),
    max: percentile(latencies, 100),
    status,
    bytes,
  }
}

export async function timeProducerOrders(backend, storefront, token) {
  const api = await timeSequential(`${backend.url}/producer/orders`, {
    authorization: `Bearer ${token}`,
  })
  const page = await timeSequential(`${storefront.url}/vi/portal/orders`, {
    cookie: portalCookie(token),
  })
  return [
    { label: "GET /producer/orders", ...api },
    { label: "page /vi/portal/orders", ...page },
  ]
}
