// Store API benchmark: the cost of the Store API in two versions of the backend, side by side in
// one run. "before" is the revision BENCH_BASE (default HEAD), checked out in a temporary git
// worktree that borrows this checkout's node_modules; "after" is this working tree. Both get a
// database of their own in one throw-away embedded PostgreSQL, are migrated and seeded by their
// own code, and run at once (`medusa start`, server mode: no scheduled jobs). Measured per side:
//   - GET /store/products?limit=24 with calculated prices in the VND region,
//   - GET /store/products?handle=dau-tay-namanh with prices, producer and OCOP certificate,
//   - GET /health (the HTTP floor);
// BENCH_ROUNDS rounds (default 5); each runs every route on both sides, the order alternating
// by round, BENCH_REQUESTS requests (default 300) at BENCH_CONNECTIONS (default 50) after a
// short warm-up. Printed: req/s (median of rounds), p50 and p97.5 latency (all rounds pooled),
// CPU milliseconds per request of the node process serving HTTP (utime + stime from
// /proc/<pid>/stat, median of rounds) and SQL per request: the transactions PostgreSQL counts
// for each side's database (pg_stat_database) over 20 sequential requests. These reads run no
// transaction blocks, so a transaction is one statement; pg_stat_statements would count
// statements themselves but needs a preload that startPostgres has no option for. The databases
// get VACUUM ANALYZE after seeding and autovacuum is switched off, so that no background
// transaction is counted with the requests. Figures only, no pass/fail:
//   npm run bench:store-api
//   BENCH_BASE=HEAD~3 BENCH_ROUNDS=3 npm run bench:store-api
// Ports: BENCH_PG_PORT (54340), BENCH_BEFORE_PORT (9301), BENCH_AFTER_PORT (9302).
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import { performance } from "node:perf_hooks"
import { ensureDatabase, startPostgres } from "../../scripts/lib/postgres.mjs"
import { phase } from "../../scripts/lib/phases.mjs"
import {
  assertPortFree,
  runCommand,
  startService,
  stopAll,
  waitForHttp,
} from "../../scripts/lib/processes.mjs"
import {
  DATA_DIR,
  ROOT,
  backendEnv,
  bin,
} from "../../scripts/lib/workspace.mjs"
import { CLK_TCK, cpuMs, servingProcess } from "./lib/proc.mjs"
import { median, percentile, sleep } from "./lib/stats.mjs"

const BASE = process.env.BENCH_BASE ?? "HEAD"
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5)
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50)
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54340)
const PORTS = {
  before: Number(process.env.BENCH_BEFORE_PORT ?? 9301),
  after: Number(process.env.BENCH_AFTER_PORT ?? 9302),
}
// Once per side and route before the first round (JIT, caches, pool), then before each run.
const FIRST_WARMUP = 100
const RUN_WARMUP = Math.max(CONNECTIONS, Math.round(REQUESTS / 10))
const COUNTED_REQUESTS = 20
// PostgreSQL 15+ flushes a backend's statistics when it goes idle, but at most once a second;
// what is held back is flushed after 10 s of idleness. Counters are read after this pause.
const STATS_SETTLE_MS = 12_000
const SIDES = ["before", "after"]
const HANDLE = "dau-tay-namanh"

const git = (...args) =>
  execFileSync("git", args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] })
    .toString()
    .trim()

// --- load ---------------------------------------------------------------------------------

async function load(url, headers, total, connections) {
  const latencies = []
  let started = 0
  let errors = 0
  let firstError
  const worker = async () => {
    while (started < total) {
      started += 1
      const begun = performance.now()
      try {
        const response = await fetch(url, { headers })
        await response.arrayBuffer()
        if (!response.ok) throw new Error(`HTTP ${response.status}`)
        latencies.push(performance.now() - begun)
      } catch (error) {
        errors += 1
        firstError ??= error.message
      }
    }
  }
  const begun = performance.now()
  await Promise.all(
    Array.from({ length: Math.min(connections, total) }, worker)
  )
  return { latencies, errors, firstError, ms: performance.now() - begun }
}

// --- statements ---------------------------------------------------------------------------

function pgClient(postgres, database = "postgres") {
  const require = createRequire(path.join(ROOT, "backend", "package.json"))
  const { Client } = require("pg")
  return new Client({ connectionString: postgres.url(database) })
}

/** Transactions (commits + rollbacks) so far, per side; read from the `postgres` database. */
async function transactions(client, databases) {
  const { rows } = await client.query(
    "SELECT datname, xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = ANY($1)",
    [Object.values(databases)]
  )
  const byName = Object.fromEntries(rows.map((row) => [row.datname, row.n]))
  return Object.fromEntries(
    SIDES.map((side) => [side, Number(byName[databases[side]])])
  )
}

// --- worktree and backends ----------------------------------------------------------------

function addWorktree(dir, revision) {
  git("worktree", "add", "--detach", dir, revision)
  for (const folder of ["node_modules", "backend/node_modules"]) {
    if (fs.existsSync(path.join(ROOT, folder))) {
      fs.symlinkSync(path.join(ROOT, folder), path.join(dir, folder), "dir")
    }
  }
  if (fs.existsSync(path.join(ROOT, "storefront/node_modules"))) {
    fs.symlinkSync(
      path.join(ROOT, "storefront/node_modules"),
      path.join(dir, "storefront/node_modules"),
      "dir"
    )
  }
}

function removeWorktree(dir) {
  if (!fs.existsSync(dir)) {
    git("worktree", "prune")
    return
  }
  // the links first, so that nothing below them can be touched by the removal
  for (const folder of [
    "node_modules",
    "backend/node_modules",
    "storefront/node_modules",
  ]) {
    fs.rmSync(path.join(dir, folder), { force: true })
  }
  try {
    git("worktree", "remove", "--force", dir)
  } catch {
    fs.rmSync(dir, { recursive: true, force: true })
    git("worktree", "prune")
  }
}

function sideEnv(side, postgres, databases, tmp) {
  const backendUrl = `http://localhost:${PORTS[side]}`
  return {
    ...backendEnv({
      databaseUrl: postgres.url(databases[side]),
      backendUrl,
      storefrontUrl: "http://localhost:1",
      secrets: {
        jwt_secret: "bench-jwt-secret-0123456789",
        cookie_secret: "bench-cookie-secret-0123456789",
        revalidate_secret: "bench-revalidate-secret-0123",
      },
      dataDir: path.join(tmp, `data-${side}`),
    }),
    MEDUSA_ADMIN_DISABLED: "true",
    // HTTP only: no scheduled job adds CPU time or transactions while requests are measured.
    MEDUSA_WORKER_MODE: "server",
    WORKER_HEARTBEAT_FILE: path.join(tmp, `heartbeat-${side}.json`),
    REDIS_URL: "",
    MEILISEARCH_HOST: "",
    MEILISEARCH_API_KEY: "",
  }
}

async function migrateAndSeed(dir, env) {
  const cwd = path.join(dir, "backend")
  await runCommand(bin("medusa"), ["db:migrate"], { cwd, env, quiet: true })
  await runCommand(bin("medusa"), ["exec", "./src/scripts/seed.ts"], {
    cwd,
    env,
    quiet: true,
  })
}

async function startBackend(side, dir, env) {
  const service = startService(
    `${side}-backend`,
    bin("medusa"),
    ["start", "--port", String(PORTS[side])],
    {
      cwd: path.join(dir, "backend"),
      env: { ...env, NODE_ENV: "development", LOG_LEVEL: "warn" },
    }
  )
  const url = `http://localhost:${PORTS[side]}`
  await waitForHttp(`${url}/health`, { service, timeoutMs: 240_000 })
  const seed = JSON.parse(
    fs.readFileSync(path.join(env.MARKET_DATA_DIR, "seed.json"), "utf8")
  )
  const headers = { "x-publishable-api-key": seed.publishable_key }
  const response = await fetch(`${url}/store/regions`, { headers })
  const { regions = [] } = await response.json()
  const region = regions.find((r) => r.currency_code === "vnd")
  if (!region) {
    throw new Error(`${side}: no VND region in GET /store/regions`)
  }
  return {
    url,
    headers,
    region,
    process: servingProcess(service.pid, PORTS[side]),
  }
}

/**
 * Fresh planner statistics for both databases, then no autovacuum: its transactions would be
 * counted with the requests' (autovacuum is a reload setting, no restart needed).
 */
async function settleDatabases(postgres, databases) {
  for (const database of Object.values(databases)) {
    const client = pgClient(postgres, database)
    await client.connect()
    try {
      await client.query("VACUUM ANALYZE")
    } finally {
      await client.end()
    }
  }
  const client = pgClient(postgres)
  await client.connect()
  try {
    await client.query("ALTER SYSTEM SET autovacuum = off")
    await client.query("SELECT pg_reload_conf()")
  } finally {
    await client.end()
  }
}

function routesFor(backend) {
  const prices = `region_id=${backend.region.id}&fields=*variants.calculated_price`
  return [
    `/store/products?limit=24&${prices}`,
    `/store/products?handle=${HANDLE}&${prices},+producer.id,+producer.handle,+producer.name,+ocop_certificate.*`,
    "/health",
  ].map((route) => ({
    path: route,
    name: `GET ${route.replace(backend.region.id, "<VND region>")}`,
  }))
}

// --- report -------------------------------------------------------------------------------

function revisionLine(revision) {
  const line = git("log", "-1", "--format=%h %s", revision)
  return line.length > 64 ? `${line.slice(0, 63)}…` : line
}

function table(route, results, statements) {
  const rows = SIDES.map((side) => {
    const runs = results[side]
    const pooled = runs.flatMap((run) => run.latencies).sort((a, b) => a - b)
    return {
      side,
      rps: median(runs.map((run) => run.latencies.length / (run.ms / 1000))),
      p50: percentile(pooled, 50),
      p975: percentile(pooled, 97.5),
      cpu: median(runs.map((run) => run.cpuMs / run.latencies.length)),
      sql: statements[side],
      errors: runs.reduce((sum, run) => sum + run.errors, 0),
      firstError: runs.find((run) => run.firstError)?.firstError,
    }
  })
  const columns = ["req/s", "p50 ms", "p97.5 ms", "CPU ms/req", "SQL/req"]
  const cells = (label, values, digits) => [
    label.padEnd(14),
    ...values.map((value, i) =>
      (Number.isFinite(value) ? value.toFixed(digits[i]) : "–").padStart(
        columns[i].length + 2
      )
    ),
  ]
  const digits = [1, 1, 1, 2, 1]
  const lines = [
    `\n${route}`,
    [" ".repeat(14), ...columns.map((c) => c.padStart(c.length + 2))].join(""),
  ]
  for (const row of rows) {
    const values = [row.rps, row.p50, row.p975, row.cpu, row.sql]
    const errors = row.errors
      ? `  ${row.errors} errors (${row.firstError})`
      : ""
    lines.push(cells(row.side, values, digits).join("") + errors)
  }
  const [before, after] = rows
  const ratio = (key) => after[key] / before[key]
  lines.push(
    cells(
      "after/before",
      ["rps", "p50", "p975", "cpu", "sql"].map(ratio),
      [2, 2, 2, 2, 2]
    ).join("")
  )
  return lines.join("\n")
}

// --- run ----------------------------------------------------------------------------------

let tmp
let worktree
let postgres
let cleaning
let interrupted = false

function cleanUp() {
  cleaning ??= (async () => {
    await stopAll()
    await postgres?.stop()
    if (worktree) removeWorktree(worktree)
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true })
  })()
  return cleaning
}

async function main() {
  const baseCommit = git("rev-parse", "--verify", `${BASE}^{commit}`)
  const changed = git("status", "--porcelain").split("\n").filter(Boolean)
  for (const side of SIDES) {
    await assertPortFree(PORTS[side], `${side} backend`)
  }
  await assertPortFree(PG_PORT, "bench PostgreSQL")
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "store-api-bench-"))
  // known before it exists, so that a half-made worktree is removed too
  worktree = path.join(tmp, "before")
  await phase(`Worktree of ${BASE} (before)`, async () =>
    addWorktree(worktree, baseCommit)
  )
  const databases = { before: "market_before", after: "market_after" }
  await phase(`PostgreSQL on port ${PG_PORT}`, async () => {
    postgres = await startPostgres({
      root: ROOT,
      dataDir: path.join(DATA_DIR, `postgres-bench-store-api-${PG_PORT}`),
      port: PG_PORT,
      ephemeral: true,
    })
    for (const side of SIDES) {
      await ensureDatabase({
        root: ROOT,
        connection: postgres,
        database: databases[side],
      })
    }
  })
  const dirs = { before: worktree, after: ROOT }
  const envs = Object.fromEntries(
    SIDES.map((side) => [side, sideEnv(side, postgres, databases, tmp)])
  )
  await phase("Migrate and seed both databases", () =>
    Promise.all(SIDES.map((side) => migrateAndSeed(dirs[side], envs[side])))
  )
  await phase("VACUUM ANALYZE, autovacuum off", () =>
    settleDatabases(postgres, databases)
  )
  const backends = await phase(
    `Start both backends (:${PORTS.before}, :${PORTS.after})`,
    async () => {
      const ready = await Promise.all(
        SIDES.map((side) => startBackend(side, dirs[side], envs[side]))
      )
      return Object.fromEntries(SIDES.map((side, i) => [side, ready[i]]))
    }
  )
  const routes = SIDES.map((side) => routesFor(backends[side]))
  const request = (side, r) => ({
    url: `${backends[side].url}${routes[SIDES.indexOf(side)][r].path}`,
    headers: backends[side].headers,
  })

  await phase(
    `Warm-up (${FIRST_WARMUP} requests per side and route)`,
    async () => {
      for (let r = 0; r < routes[0].length; r++) {
        for (const side of SIDES) {
          const { url, headers } = request(side, r)
          const warm = await load(url, headers, FIRST_WARMUP, CONNECTIONS)
          if (warm.errors === FIRST_WARMUP) {
            throw new Error(`${side}: every request failed: ${warm.firstError}`)
          }
        }
      }
    }
  )

  const results = routes[0].map(() => ({ before: [], after: [] }))
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? SIDES : [...SIDES].reverse()
    await phase(
      `Round ${round + 1}/${ROUNDS} (${order.join(", then ")})`,
      async () => {
        for (let r = 0; r < routes[0].length; r++) {
          for (const side of order) {
            const { url, headers } = request(side, r)
            await load(url, headers, RUN_WARMUP, CONNECTIONS)
            const pid = backends[side].process.pid
            const cpuBefore = cpuMs(pid)
            const run = await load(url, headers, REQUESTS, CONNECTIONS)
            results[r][side].push({ ...run, cpuMs: cpuMs(pid) - cpuBefore })
          }
        }
      }
    )
  }

  const statements = await phase(
    `SQL count (${COUNTED_REQUESTS} sequential requests per side and route)`,
    async () => {
      const client = pgClient(postgres)
      await client.connect()
      try {
        await sleep(STATS_SETTLE_MS)
        let mark = await transactions(client, databases)
        await sleep(STATS_SETTLE_MS)
        const idle = await transactions(client, databases)
        const background = Object.fromEntries(
          SIDES.map((side) => [side, idle[side] - mark[side]])
        )
        mark = idle
        const perRoute = []
        for (let r = 0; r < routes[0].length; r++) {
          await Promise.all(
            SIDES.map(async (side) => {
              const { url, headers } = request(side, r)
              await load(url, headers, COUNTED_REQUESTS, 1)
            })
          )
          await sleep(STATS_SETTLE_MS)
          const now = await transactions(client, databases)
          perRoute.push(
            Object.fromEntries(
              SIDES.map((side) => [
                side,
                (now[side] - mark[side]) / COUNTED_REQUESTS,
              ])
            )
          )
          mark = now
        }
        return { perRoute, background }
      } finally {
        await client.end()
      }
    }
  )

  const cpus = os.cpus()
  const served = (side) =>
    `${backends[side].process.comm} pid ${backends[side].process.pid} on :${PORTS[side]}`
  const lines = [
    "",
    `Store API benchmark, ${new Date().toISOString()}`,
    `machine: ${cpus.length} cores (${cpus[0]?.model.trim()}), load average ${os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(" ")}, Node ${process.version}`,
    `before: ${revisionLine(baseCommit)} (BENCH_BASE=${BASE}); ${served("before")}`,
    `after:  working tree on ${revisionLine("HEAD")}${changed.length ? ` + ${changed.length} changed paths` : ""}; ${served("after")}`,
    `${ROUNDS} round${ROUNDS === 1 ? "" : "s"} × ${REQUESTS} requests at ${CONNECTIONS} connections per side and route, ${RUN_WARMUP} warm-up requests before each; order alternates by round`,
    `req/s, CPU ms/req: median of rounds; p50, p97.5: all rounds pooled; CPU = utime+stime of the serving process, /proc/<pid>/stat (CLK_TCK ${CLK_TCK})`,
    `SQL/req: pg_stat_database xact_commit+xact_rollback of each side's database over ${COUNTED_REQUESTS} sequential requests. This counts transactions,`,
    "  which for these read-only requests equals statements outside explicit transactions (a transaction block counts once);",
    `  background, ${STATS_SETTLE_MS / 1000} s without requests (autovacuum off): ${statements.background.before} before, ${statements.background.after} after`,
  ]
  for (let r = 0; r < routes[0].length; r++) {
    lines.push(table(routes[0][r].name, results[r], statements.perRoute[r]))
  }
  console.info(lines.join("\n"))
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, async () => {
    interrupted = true
    process.stdout.write(`\n${signal}: stopping what the benchmark started…\n`)
    await cleanUp()
    process.exit(130)
  })
}

try {
  await main()
} catch (error) {
  // once interrupted, the failures are only the stopped children's
  if (!interrupted) console.error(error.message)
  process.exitCode = 1
} finally {
  await phase("Clean up (backends, PostgreSQL, worktree)", cleanUp)
}
