// Search benchmark: BENCH_PRODUCTS realistic products (default 10 000) in a throw-away
// embedded PostgreSQL, indexed by the Search Module, then a query mix against `POST /store/search`
// at BENCH_CONNECTIONS concurrent connections (default 20), bounded by BENCH_REQUESTS and
// BENCH_SECONDS, once as repeated queries and once with every query unique (so that no answer
// comes from the provider's result cache), then GET /health on the same connections (the HTTP
// floor), then the same bodies straight into the Search Module in process (the engine without
// Medusa's HTTP stack, src/scripts/bench-search-engine.ts). Prints p50/p95/p99 and throughput
// for the PostgreSQL provider, and for Meilisearch too when MEILISEARCH_HOST is set. Numbers
// only, no pass/fail: `npm run bench:search`.
import fs from "node:fs"
import path from "node:path"
import { performance } from "node:perf_hooks"
import { ensureDatabase, startPostgres } from "../../scripts/lib/postgres.mjs"
import {
  assertPortFree,
  runCommand,
  startService,
  stopAll,
  waitForHttp,
} from "../../scripts/lib/processes.mjs"
import {
  BACKEND_DIR,
  DATA_DIR,
  ROOT,
  backendEnv,
  bin,
} from "../../scripts/lib/workspace.mjs"

const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54384)
const BACKEND_PORT = Number(process.env.BENCH_BACKEND_PORT ?? 9312)
const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 10_000)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20)
const MAX_REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3_000)
const MAX_SECONDS = Number(process.env.BENCH_SECONDS ?? 60)
const WARMUP = 200
const BENCH_DIR = path.join(DATA_DIR, `bench-search-${BACKEND_PORT}`)
const backendUrl = `http://localhost:${BACKEND_PORT}`

const FACETS = ["category_handles", "producer_handle", "ocop_stars"]
const FIELDS = [
  "id",
  "handle",
  "title",
  "title_en",
  "producer_name",
  "ocop_stars",
  "price_min",
  "thumbnail",
  "in_stock",
]

// What shoppers send, as the storefront builds it (storefront/src/lib/data/search/queries.ts).
function body({ q = "", filters = {}, typo = false, page = true }) {
  return {
    entity: "product",
    fields: FIELDS,
    filters: { ...(q ? { q } : {}), ...filters },
    pagination: {
      skip: 0,
      take: page ? 12 : 6,
      order: q
        ? { _score: "DESC", title_length: "ASC" }
        : { ocop_stars: "DESC", title_length: "ASC" },
    },
    search_options: {
      ...(page ? { facets: FACETS, disjunctive_facets: true } : {}),
      ...(q ? { typo_tolerance: typo } : {}),
      ...(typo ? { min_score: 0.65 } : {}),
    },
  }
}

const QUERY_MIX = [
  // without Vietnamese marks, as typed on phones
  { kind: "no-marks", body: body({ q: "dau tay" }) },
  { kind: "no-marks", body: body({ q: "hong treo gio" }) },
  { kind: "no-marks", body: body({ q: "ca phe arabica", page: false }) },
  { kind: "no-marks", body: body({ q: "bot can tay" }) },
  { kind: "no-marks", body: body({ q: "chuoi laba say", page: false }) },
  { kind: "marks", body: body({ q: "Mứt dâu tây" }) },
  // typos (the storefront's second, typo-tolerant pass)
  { kind: "typo", body: body({ q: "strawbery", typo: true }) },
  { kind: "typo", body: body({ q: "persimon", typo: true, page: false }) },
  { kind: "typo", body: body({ q: "arabika", typo: true }) },
  // English names
  { kind: "english", body: body({ q: "strawberry jam" }) },
  { kind: "english", body: body({ q: "celery powder", page: false }) },
  { kind: "english", body: body({ q: "dried bananas" }) },
  // facet filters
  {
    kind: "facets",
    body: body({ q: "dau tay", filters: { ocop_stars: { $gte: 4 } } }),
  },
  { kind: "facets", body: body({ filters: { category_handles: "rau-cu" } }) },
  {
    kind: "facets",
    body: body({ filters: { price_min: { $gte: 50000, $lt: 100000 } } }),
  },
  {
    kind: "facets",
    body: body({
      filters: { producer_handle: "bench-htx-3", ocop_stars: { $gte: 3 } },
    }),
  },
  { kind: "browse", body: body({}) },
]

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`
const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

async function post(url, payload, headers) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(payload),
  })
  const json = await response.json().catch(() => ({}))
  if (!response.ok) {
    throw new Error(`${url} → ${response.status}: ${json.message ?? ""}`)
  }
  return json
}

// A reindex refused while the start-up seed holds the index lock is asked for again.
const REINDEX_RETRY_MS = 60_000

async function indexAll(seed, storeHeaders, expected) {
  const { token } = await post(
    `${backendUrl}/auth/user/emailpass`,
    seed.accounts.admin
  )
  const reindex = () =>
    post(
      `${backendUrl}/admin/search-indexes/product/reindex`,
      {},
      { authorization: `Bearer ${token}` }
    )
  const started = performance.now()
  let asked = performance.now()
  await reindex()
  let count = 0
  while (performance.now() - started < 30 * 60_000) {
    const { results } = await post(
      `${backendUrl}/store/search`,
      body({ page: false }),
      storeHeaders
    ).catch(() => ({ results: [{ metadata: { count: 0 } }] }))
    count = results[0].metadata.count ?? 0
    if (count >= expected) {
      break
    }
    if (performance.now() - asked > REINDEX_RETRY_MS) {
      asked = performance.now()
      await reindex()
    }
    await new Promise((resolve) => setTimeout(resolve, 2000))
  }
  return { count, ms: performance.now() - started }
}

// The provider keeps recent answers until the index changes; this variant gives every request
// a price bound of its own, so that each one is computed by PostgreSQL.
let uniqueBound = 0
function uniqueItem(item) {
  const unique = structuredClone(item)
  uniqueBound += 1
  unique.body.filters.price_min = {
    ...unique.body.filters.price_min,
    $gte: 1000 + uniqueBound,
  }
  return unique
}

// The exact sequence of bodies a run sends: warm-up first, then the measured requests.
function requestPlan({ unique = false } = {}) {
  const items = Array.from(
    { length: WARMUP + MAX_REQUESTS },
    (_, i) => QUERY_MIX[i % QUERY_MIX.length]
  ).map((item) => (unique ? uniqueItem(item) : item))
  return { warmup: items.slice(0, WARMUP), measured: items.slice(WARMUP) }
}

async function load(storeHeaders, plan) {
  const latencies = []
  const byKind = new Map()
  let errors = 0
  let deadline = 0
  const worker = async (items, measured) => {
    while (items.length && performance.now() < deadline) {
      const item = items.shift()
      const started = performance.now()
      try {
        await post(`${backendUrl}/store/search`, item.body, storeHeaders)
        const ms = performance.now() - started
        if (measured) {
          latencies.push(ms)
          byKind.set(item.kind, [...(byKind.get(item.kind) ?? []), ms])
        }
      } catch (error) {
        errors += 1
        if (errors <= 3) console.error(`  request failed: ${error.message}`)
      }
    }
  }
  const warmup = [...plan.warmup]
  deadline = performance.now() + 30_000
  await Promise.all(
    Array.from({ length: CONNECTIONS }, () => worker(warmup, false))
  )
  const measured = [...plan.measured]
  const started = performance.now()
  deadline = started + MAX_SECONDS * 1000
  await Promise.all(
    Array.from({ length: CONNECTIONS }, () => worker(measured, true))
  )
  return { latencies, byKind, errors, elapsedMs: performance.now() - started }
}

// The same connections on GET /health: what Medusa's HTTP stack costs on this machine before
// any search is done, the floor under every HTTP figure above.
async function healthFloor() {
  const latencies = []
  const deadline = performance.now() + 10_000
  const started = performance.now()
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < deadline) {
        const begun = performance.now()
        await (await fetch(`${backendUrl}/health`)).arrayBuffer()
        latencies.push(performance.now() - begun)
      }
    })
  )
  return {
    latencies,
    byKind: new Map(),
    errors: 0,
    elapsedMs: performance.now() - started,
  }
}

function report(name, { latencies, byKind, errors, elapsedMs }) {
  const line = (label, values) => {
    const sorted = [...values].sort((a, b) => a - b)
    return `  ${label.padEnd(10)} n=${String(sorted.length).padStart(5)}  p50 ${percentile(sorted, 50).toFixed(1)} ms  p95 ${percentile(sorted, 95).toFixed(1)} ms  p99 ${percentile(sorted, 99).toFixed(1)} ms`
  }
  console.info(
    `\n${name}: ${latencies.length} requests at ${CONNECTIONS} connections in ${seconds(elapsedMs)} — ${(latencies.length / (elapsedMs / 1000)).toFixed(1)} req/s, ${errors} errors`
  )
  console.info(line("all", latencies))
  for (const [kind, values] of byKind) console.info(line(kind, values))
}

async function runProvider(name, env, seed) {
  console.info(
    `\n— ${name}: migrating the search index, starting the backend on ${BACKEND_PORT}…`
  )
  await runCommand(bin("medusa"), ["db:migrate"], {
    cwd: BACKEND_DIR,
    env,
    quiet: true,
  })
  const backend = startService(
    `bench-${name}`,
    bin("medusa"),
    ["start", "--port", String(BACKEND_PORT)],
    {
      cwd: BACKEND_DIR,
      env: { ...env, NODE_ENV: "development", LOG_LEVEL: "error" },
    }
  )
  await waitForHttp(`${backendUrl}/health`, {
    service: backend,
    timeoutMs: 240_000,
  })
  const storeHeaders = { "x-publishable-api-key": seed.publishable_key }
  const indexed = await indexAll(seed, storeHeaders, PRODUCTS)
  console.info(
    `${name}: ${indexed.count} visible products indexed in ${seconds(indexed.ms)} (full reindex)`
  )
  const repeated = requestPlan()
  const unique = requestPlan({ unique: true })
  report(`${name}, repeated query mix`, await load(storeHeaders, repeated))
  report(
    `${name}, every query unique (no cached answers)`,
    await load(storeHeaders, unique)
  )
  report(`${name}, GET /health (HTTP floor)`, await healthFloor())
  await stopAll()

  const queriesFile = path.join(BENCH_DIR, `queries-${name}.json`)
  fs.writeFileSync(
    queriesFile,
    JSON.stringify([
      { name: `${name} engine, repeated query mix`, ...repeated },
      {
        name: `${name} engine, every query unique`,
        ...requestPlan({ unique: true }),
      },
    ])
  )
  await runCommand(
    bin("medusa"),
    ["exec", "./src/scripts/bench-search-engine.ts"],
    {
      cwd: BACKEND_DIR,
      env: {
        ...env,
        LOG_LEVEL: "error",
        MEDUSA_WORKER_MODE: "server",
        BENCH_QUERIES_FILE: queriesFile,
        BENCH_PUBLISHABLE_KEY: seed.publishable_key,
        BENCH_CONNECTIONS: String(CONNECTIONS),
      },
    }
  )
}

let postgres

async function main() {
  await assertPortFree(BACKEND_PORT, "bench backend")
  postgres = await startPostgres({
    root: ROOT,
    dataDir: path.join(DATA_DIR, `postgres-bench-${PG_PORT}`),
    port: PG_PORT,
    ephemeral: true,
  })
  try {
    await ensureDatabase({
      root: ROOT,
      connection: postgres,
      database: "market_bench",
    })
    fs.rmSync(BENCH_DIR, { recursive: true, force: true })
    const env = {
      ...backendEnv({
        databaseUrl: postgres.url("market_bench"),
        backendUrl,
        storefrontUrl: "http://localhost:1",
        secrets: {
          jwt_secret: "bench-jwt-secret-0123456789",
          cookie_secret: "bench-cookie-secret-0123456789",
          revalidate_secret: "bench-revalidate-secret-0123",
        },
        dataDir: BENCH_DIR,
      }),
      MEDUSA_ADMIN_DISABLED: "true",
      MEILISEARCH_HOST: "",
      MEILISEARCH_API_KEY: "",
    }
    const generated = performance.now()
    console.info(
      `Generating ${PRODUCTS} products in a fresh PostgreSQL on port ${PG_PORT}…`
    )
    await runCommand(bin("medusa"), ["db:migrate"], {
      cwd: BACKEND_DIR,
      env,
      quiet: true,
    })
    await runCommand(bin("medusa"), ["exec", "./src/scripts/seed.ts"], {
      cwd: BACKEND_DIR,
      env,
      quiet: true,
    })
    // `server` mode loads no subscribers: the catalogue is indexed afterwards by one full
    // reindex, which is what the benchmark times, instead of event by event while generating.
    await runCommand(
      bin("medusa"),
      ["exec", "./src/scripts/bench-search-catalogue.ts"],
      {
        cwd: BACKEND_DIR,
        env: {
          ...env,
          BENCH_PRODUCTS: String(PRODUCTS),
          MEDUSA_WORKER_MODE: "server",
        },
        quiet: true,
      }
    )
    console.info(`Catalogue ready in ${seconds(performance.now() - generated)}`)
    const seed = JSON.parse(
      fs.readFileSync(path.join(BENCH_DIR, "seed.json"), "utf8")
    )

    await runProvider("postgres", env, seed)
    if (process.env.MEILISEARCH_HOST) {
      await runProvider(
        "meilisearch",
        {
          ...env,
          MEILISEARCH_HOST: process.env.MEILISEARCH_HOST,
          MEILISEARCH_API_KEY: process.env.MEILISEARCH_API_KEY ?? "",
        },
        seed
      )
    } else {
      console.info(
        "\nmeilisearch: skipped — MEILISEARCH_HOST is not set (no Meilisearch server here)"
      )
    }
  } finally {
    await stopAll()
    await postgres.stop()
  }
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, async () => {
    await stopAll()
    await postgres?.stop()
    process.exit(130)
  })
}

main().catch((error) => {
  console.error(error.message)
  process.exitCode = 1
})
