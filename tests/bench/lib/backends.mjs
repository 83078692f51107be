// The two backends the bench weighs against each other, in one throw-away PostgreSQL: the market
// (backend/) and a vanilla Medusa 2.21.2 (tests/bench/vanilla-medusa/), each migrated and seeded
// by its own code with the same catalogue, both in server mode (no scheduled jobs).
import fs from "node:fs"
import path from "node:path"
import {
  ensureDatabase,
  startPostgres,
} from "../../../scripts/lib/postgres.mjs"
import {
  runCommand,
  startService,
  waitForHttp,
} from "../../../scripts/lib/processes.mjs"
import {
  BACKEND_DIR,
  DATA_DIR,
  ROOT,
  backendEnv,
  bin,
} from "../../../scripts/lib/workspace.mjs"
import { servingProcess } from "./proc.mjs"

export const SIDES = ["ours", "vanilla"]
export const VANILLA_DIR = path.join(ROOT, "tests", "bench", "vanilla-medusa")
export const HANDLE = "dau-tay-namanh"
export const REVALIDATE_SECRET = "bench-revalidate-secret-0123"

const SECRETS = {
  jwt_secret: "bench-jwt-secret-0123456789",
  cookie_secret: "bench-cookie-secret-0123456789",
  revalidate_secret: REVALIDATE_SECRET,
  vietqr_webhook_key: "bench-vietqr-webhook-key-0123",
  vietqr_account_number: "102800000001",
}

export async function startDatabase(port) {
  const postgres = await startPostgres({
    root: ROOT,
    dataDir: path.join(DATA_DIR, `postgres-bench-${port}`),
    port,
    ephemeral: true,
  })
  for (const side of SIDES) {
    await ensureDatabase({
      root: ROOT,
      connection: postgres,
      database: `bench_${side}`,
    })
  }
  return postgres
}

export function sideEnv(side, { postgres, ports, tmp }) {
  const backendUrl = `http://localhost:${ports[side]}`
  const storefrontUrl = `http://localhost:${ports.storefront}`
  return {
    ...backendEnv({
      databaseUrl: postgres.url(`bench_${side}`),
      backendUrl,
      storefrontUrl,
      secrets: SECRETS,
      dataDir: path.join(tmp, `data-${side}`),
    }),
    MEDUSA_ADMIN_DISABLED: "true",
    // HTTP only: no scheduled job adds CPU time while requests are measured.
    MEDUSA_WORKER_MODE: "server",
    WORKER_HEARTBEAT_FILE: path.join(tmp, `heartbeat-${side}.json`),
    REDIS_URL: "",
    MEILISEARCH_HOST: "",
    MEILISEARCH_API_KEY: "",
  }
}

const dirOf = (side) => (side === "ours" ? BACKEND_DIR : VANILLA_DIR)

export async function migrateAndSeed(side, env) {
  const cwd = dirOf(side)
  await runCommand(bin("medusa"), ["db:migrate"], { cwd, env, quiet: true })
  await runCommand(bin("medusa"), ["exec", "./src/scripts/seed.ts"], {
    cwd,
    env,
    quiet: true,
  })
}

export async function startBackend(side, env, port) {
  const service = startService(
    `${side}-backend`,
    bin("medusa"),
    ["start", "--port", String(port)],
    {
      cwd: dirOf(side),
      env: { ...env, NODE_ENV: "development", LOG_LEVEL: "warn" },
    }
  )
  const url = `http://localhost:${port}`
  await waitForHttp(`${url}/health`, { service, timeoutMs: 240_000 })
  const seed = JSON.parse(
    fs.readFileSync(path.join(env.MARKET_DATA_DIR, "seed.json"), "utf8")
  )
  const headers = { "x-publishable-api-key": seed.publishable_key }
  const response = await fetch(`${url}/store/regions`, { headers })
  const { regions = [] } = await response.json()
  const region = regions.find((r) => r.currency_code === "vnd")
  if (!region) throw new Error(`${side}: no VND region in GET /store/regions`)
  return {
    side,
    url,
    headers,
    region,
    seed,
    process: servingProcess(service.pid, port),
  }
}

/** The Store API routes measured, the same query on both sides. */
export function apiRoutes(backend) {
  const prices = `region_id=${backend.region.id}&fields=*variants.calculated_price`
  return [
    { key: "list", path: `/store/products?limit=24&${prices}` },
    { key: "handle", path: `/store/products?handle=${HANDLE}&${prices}` },
    { key: "health", path: "/health" },
  ]
}
