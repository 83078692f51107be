// `npm run bench`: the market measured against a vanilla Medusa 2.21.2 serving the same seeded
// catalogue, and its storefront against a trivial Next 16 page, in one run. Figures only, nothing
// asserted: each figure is printed beside its goal with "met", "not met" or "within noise" (the
// pairs fall on both sides of the goal), and the table goes into tests/bench/README.md.
// Size: BENCH_PAIRS (5) rounds, each a pair of runs per Store API route (ours, vanilla, the order
// alternating), a run per storefront page and a Lighthouse run per page and on the floor;
// BENCH_SECONDS (10) per autocannon run at BENCH_CONNECTIONS (50). See tests/bench/README.md.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { phase } from "../../scripts/lib/phases.mjs"
import { assertPortFree, stopAll } from "../../scripts/lib/processes.mjs"
import { apiRound, apiWarmUp, emptyApiResults } from "./lib/api-pairs.mjs"
import {
  REVALIDATE_SECRET,
  SIDES,
  migrateAndSeed,
  sideEnv,
  startBackend,
  startDatabase,
} from "./lib/backends.mjs"
import { RACE, checkoutRace } from "./lib/checkout-race.mjs"
import { firstLoadJsKb } from "./lib/first-load-js.mjs"
import {
  chromeAvailable,
  emptyLighthouseResults,
  lighthouseRound,
} from "./lib/lighthouse.mjs"
import { CONNECTIONS, SECONDS } from "./lib/load.mjs"
import { emptyPageResults, pageFacts, pagesRound } from "./lib/pages.mjs"
import { rssMb } from "./lib/proc.mjs"
import {
  PRODUCER_ORDERS,
  insertProducerOrders,
  portalCookie,
  producerToken,
  timeProducerOrders,
} from "./lib/producer-orders.mjs"
import { writeLatestRun } from "./lib/readme.mjs"
import { renderTable } from "./lib/report.mjs"
import { median, sleep } from "./lib/stats.mjs"
import {
  FLOOR_DIR,
  PAGES,
  PORTAL_PATH,
  buildBoth,
  startFloor,
  startStorefront,
} from "./lib/storefront.mjs"

const PAIRS = Number(process.env.BENCH_PAIRS ?? 5)
const SETTLE_MS = Number(process.env.BENCH_SETTLE_SECONDS ?? 30) * 1000
const PORTS = {
  postgres: Number(process.env.BENCH_PG_PORT ?? 54350),
  ours: Number(process.env.BENCH_OURS_PORT ?? 9331),
  vanilla: Number(process.env.BENCH_VANILLA_PORT ?? 9332),
  storefront: Number(process.env.BENCH_STOREFRONT_PORT ?? 8331),
  floor: Number(process.env.BENCH_FLOOR_PORT ?? 8332),
}

let postgres
let tmp
let interrupted = false

async function cleanUp() {
  await stopAll()
  await postgres?.stop()
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true })
  // Build output left in the floor's folder would be linted with the tests.
  fs.rmSync(path.join(FLOOR_DIR, ".next-bench"), {
    recursive: true,
    force: true,
  })
}

/** Runs one optional part; a failure is printed and the bench goes on without its figures. */
async function optional(name, work) {
  try {
    return await phase(name, work)
  } catch (error) {
    if (interrupted) throw error
    console.error(`${name}: not measured (${error.message.split("\n")[0]})`)
    return undefined
  }
}

async function main() {
  for (const [what, port] of Object.entries(PORTS)) {
    await assertPortFree(port, `bench ${what}`)
  }
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bench-"))
  postgres = await phase(`PostgreSQL on port ${PORTS.postgres}`, () =>
    startDatabase(PORTS.postgres)
  )
  const envs = Object.fromEntries(
    SIDES.map((side) => [side, sideEnv(side, { postgres, ports: PORTS, tmp })])
  )
  await phase(
    "Migrate and seed both backends; build the storefront and the floor",
    () =>
      Promise.all([
        ...SIDES.map((side) => migrateAndSeed(side, envs[side])),
        buildBoth(),
      ])
  )
  const backends = await phase(
    `Start both backends (ours :${PORTS.ours}, vanilla :${PORTS.vanilla})`,
    async () => {
      const ready = await Promise.all(
        SIDES.map((side) => startBackend(side, envs[side], PORTS[side]))
      )
      return Object.fromEntries(SIDES.map((side, i) => [side, ready[i]]))
    }
  )
  const [storefront, floor] = await phase(
    `Start the storefront (:${PORTS.storefront}) and the floor (:${PORTS.floor})`,
    () =>
      Promise.all([
        startStorefront({
          port: PORTS.storefront,
          backend: backends.ours,
          revalidateSecret: REVALIDATE_SECRET,
        }),
        startFloor(PORTS.floor),
      ])
  )

  const results = {}
  results.pageFacts = await phase("Pages: repeat request and HTML size", () =>
    pageFacts(storefront)
  )
  const producer = await optional("Producer sign-in", () =>
    producerToken(backends.ours)
  )
  results.firstLoadJs = await optional("First-load JS per route", async () => {
    const ours = {}
    for (const page of PAGES) {
      ours[page.key] = await firstLoadJsKb(`${storefront.url}${page.path}`)
    }
    if (producer) {
      ours.portal = await firstLoadJsKb(`${storefront.url}${PORTAL_PATH}`, {
        cookie: portalCookie(producer.token),
      })
    }
    return { ours, floor: await firstLoadJsKb(`${floor.url}/`) }
  })

  await phase("Store API warm-up", () => apiWarmUp(backends))
  results.api = emptyApiResults()
  results.pages = emptyPageResults()
  const lighthouse = chromeAvailable() ? emptyLighthouseResults() : undefined
  for (let round = 0; round < PAIRS; round++) {
    await phase(`Round ${round + 1}/${PAIRS}: Store API pairs`, () =>
      apiRound(round, backends, results.api)
    )
    await phase(`Round ${round + 1}/${PAIRS}: storefront pages`, () =>
      pagesRound(storefront, backends.ours, results.pages)
    )
    if (lighthouse) {
      await phase(`Round ${round + 1}/${PAIRS}: Lighthouse mobile`, () =>
        lighthouseRound(
          round,
          {
            storefront,
            floor,
            cookie: producer && portalCookie(producer.token),
          },
          lighthouse
        )
      )
    }
  }
  results.lighthouse = lighthouse
  results.rss = await phase(
    `RSS ${SETTLE_MS / 1000} s after the load`,
    async () => {
      await sleep(SETTLE_MS)
      return {
        ours: rssMb(backends.ours.process.pid),
        vanilla: rssMb(backends.vanilla.process.pid),
        storefront: rssMb(storefront.process.pid),
        floor: rssMb(floor.process.pid),
      }
    }
  )
  results.race = await optional("Checkout race", () =>
    checkoutRace(backends.ours, postgres.url("bench_ours"))
  )
  if (producer) {
    results.producerOrders = await optional(
      `Producer with ${PRODUCER_ORDERS} orders`,
      async () => {
        await insertProducerOrders(envs.ours, producer.handle)
        return timeProducerOrders(backends.ours, storefront, producer.token)
      }
    )
  }

  const settings = { race: RACE, producerOrders: PRODUCER_ORDERS }
  const benchmarkIndex = lighthouse
    ? median(
        [...lighthouse.floor, ...Object.values(lighthouse.pages).flat()].map(
          (run) => run.benchmarkIndex
        )
      )
    : NaN
  const cpus = os.cpus()
  const text = [
    `## Latest run: ${new Date().toISOString()}`,
    "",
    `- Machine: ${cpus[0]?.model.trim()}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB; Node ${process.version}; load average at the end ${os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(" ")}`,
    `- Lighthouse benchmarkIndex: ${Number.isFinite(benchmarkIndex) ? Math.round(benchmarkIndex) : "not measured"}`,
    `- Size: ${PAIRS} pair${PAIRS === 1 ? "" : "s"}, ${SECONDS} s per autocannon run at ${CONNECTIONS} connections; Lighthouse median of ${PAIRS}; RSS ${SETTLE_MS / 1000} s after the load`,
    ...(results.race
      ? [
          "- Checkout race refusals: " +
            (results.race.messages.join("; ") || "none"),
        ]
      : []),
    "",
    renderTable(results, settings),
  ].join("\n")
  console.info(`\n${text}\n`)
  writeLatestRun(text)
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, async () => {
    interrupted = true
    process.stdout.write(`\n${signal}: stopping what the bench started…\n`)
    await cleanUp()
    process.exit(130)
  })
}

try {
  await main()
} catch (error) {
  if (!interrupted) console.error(error.message)
  process.exitCode = 1
} finally {
  await phase("Clean up (servers, PostgreSQL, build folders)", cleanUp)
}
