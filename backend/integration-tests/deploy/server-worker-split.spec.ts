// The docker-compose split on real processes. One `medusa start` in `server` mode and one
// in `worker` mode share a PostgreSQL and a Redis; each is told a different storefront address,
// so the revalidation request shows which process handled the event.
import fs from "node:fs"
import http from "node:http"
import type { AddressInfo } from "node:net"
import os from "node:os"
import path from "node:path"
import { generateJwtToken } from "@medusajs/framework/utils"
import {
  ROOT,
  medusa,
  startBackend,
  startRedis,
  type Service,
} from "./processes"

const PG_PORT = Number(process.env.DEPLOY_PG_PORT ?? 54370)
const REDIS_PORT = Number(process.env.DEPLOY_REDIS_PORT ?? 6391)
const SERVER_PORT = 9500
const WORKER_PORT = 9501
const REVALIDATE_SECRET = "deploy-revalidate-secret-0123"
const JWT_SECRET = "deploy-jwt-secret-0123456789"

type Revalidation = { tags: string[] }

/** Stands in for the storefront's /api/revalidate and records what reaches it. */
async function fakeStorefront() {
  const received: Revalidation[] = []
  const server = http.createServer((req, res) => {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => {
      if (req.url === "/api/revalidate") {
        received.push(JSON.parse(body) as Revalidation)
      }
      res.writeHead(200, { "content-type": "application/json" })
      res.end("{}")
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, received, server }
}

async function until<T>(what: string, probe: () => T | undefined, ms = 60_000) {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    const value = probe()
    if (value !== undefined) {
      return value
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`timed out waiting for ${what}`)
}

describe("backend split into a server and a worker on Redis", () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "xt-deploy-"))
  const heartbeat = {
    server: path.join(work, "server-heartbeat.json"),
    worker: path.join(work, "worker-heartbeat.json"),
  }
  const services: Service[] = []
  const storefronts: Awaited<ReturnType<typeof fakeStorefront>>[] = []
  let postgres: { stop: () => Promise<void>; url: (db: string) => string }
  let serverStorefront: Awaited<ReturnType<typeof fakeStorefront>>
  let workerStorefront: Awaited<ReturnType<typeof fakeStorefront>>

  beforeAll(async () => {
    const { ensureDatabase, startPostgres } =
      await import("../../../scripts/lib/postgres.mjs")
    services.push(await startRedis(REDIS_PORT))
    postgres = await startPostgres({
      root: ROOT,
      dataDir: path.join(ROOT, ".data", `postgres-deploy-${PG_PORT}`),
      port: PG_PORT,
      ephemeral: true,
    })
    await ensureDatabase({
      root: ROOT,
      connection: postgres,
      database: "market",
    })
    serverStorefront = await fakeStorefront()
    workerStorefront = await fakeStorefront()
    storefronts.push(serverStorefront, workerStorefront)

    const base = {
      NODE_ENV: "development",
      LOG_LEVEL: "warn",
      DATABASE_URL: postgres.url("market"),
      JWT_SECRET,
      COOKIE_SECRET: "deploy-cookie-secret-0123456789",
      REVALIDATE_SECRET,
      MEDUSA_BACKEND_URL: `http://localhost:${SERVER_PORT}`,
      MEDUSA_ADMIN_DISABLED: "true",
      MARKET_DATA_DIR: work,
      MEDUSA_DISABLE_TELEMETRY: "true",
    }
    // Like docker-compose's `migrate`, before the backends start. The catalogue seed is left out
    // to keep the run short: the test makes its own product.
    await medusa(["db:migrate"], base)

    const redis = { REDIS_URL: `redis://127.0.0.1:${REDIS_PORT}` }
    const started = await Promise.allSettled([
      startBackend(SERVER_PORT, {
        ...base,
        ...redis,
        MEDUSA_WORKER_MODE: "server",
        STOREFRONT_INTERNAL_URL: serverStorefront.url,
        WORKER_HEARTBEAT_FILE: heartbeat.server,
      }),
      startBackend(WORKER_PORT, {
        ...base,
        ...redis,
        MEDUSA_WORKER_MODE: "worker",
        STOREFRONT_INTERNAL_URL: workerStorefront.url,
        WORKER_HEARTBEAT_FILE: heartbeat.worker,
      }),
    ])
    // Whichever started is stopped in afterAll, even when the other did not.
    for (const result of started) {
      if (result.status === "fulfilled") {
        services.push(result.value)
      }
    }
    for (const result of started) {
      if (result.status === "rejected") {
        throw result.reason
      }
    }
  })

  afterAll(async () => {
    await Promise.all(services.map((service) => service.stop()))
    await postgres?.stop()
    storefronts.forEach((storefront) => storefront.server.close())
    fs.rmSync(work, { recursive: true, force: true })
  })

  // What Medusa Admin sends after an officer signs in: a bearer token signed with JWT_SECRET.
  const officer = {
    authorization: `Bearer ${generateJwtToken(
      {
        actor_id: "user_deploy_officer",
        actor_type: "user",
        auth_identity_id: "authid_deploy_officer",
        app_metadata: { user_id: "user_deploy_officer" },
      },
      { secret: JWT_SECRET, expiresIn: "1h" }
    )}`,
  }

  it("reports the server ready with PostgreSQL and Redis answering", async () => {
    const ready = await fetch(`http://localhost:${SERVER_PORT}/health/ready`)
    expect(ready.status).toBe(200)
    expect(await ready.json()).toEqual({
      status: "ready",
      checks: { postgres: "up", redis: "up" },
    })
    expect(ready.headers.get("x-powered-by")).toBeNull()
  })

  it("answers the API only on the server", async () => {
    const onServer = await fetch(
      `http://localhost:${SERVER_PORT}/admin/products?limit=1`,
      { headers: officer }
    )
    expect(onServer.status).toBe(200)
    const onWorker = await fetch(
      `http://localhost:${WORKER_PORT}/admin/products?limit=1`,
      { headers: officer }
    )
    expect(onWorker.status).toBe(404)
  })

  it("handles an officer's new product in the worker, not in the server", async () => {
    const created = await fetch(
      `http://localhost:${SERVER_PORT}/admin/products`,
      {
        method: "POST",
        headers: { ...officer, "content-type": "application/json" },
        body: JSON.stringify({
          title: "Hồng treo gió Xuân Thọ",
          options: [{ title: "Khối lượng", values: ["500 g"] }],
        }),
      }
    )
    expect(created.status).toBe(200)

    const revalidation = await until(
      "the worker's revalidation request",
      () => workerStorefront.received[0],
      30_000
    )
    expect(revalidation.tags).toEqual(
      expect.arrayContaining(["product-list", "producer-list"])
    )
    // The server queued the event in Redis and never ran the subscriber itself.
    await new Promise((resolve) => setTimeout(resolve, 2_000))
    expect(serverStorefront.received).toEqual([])
  })

  it("runs scheduled jobs only in the worker", async () => {
    const first = await until(
      "the worker's first heartbeat",
      () =>
        fs.existsSync(heartbeat.worker)
          ? fs.statSync(heartbeat.worker).mtimeMs
          : undefined,
      45_000
    )
    // A second beat shows the job repeats; by then the server would have beaten too.
    await until(
      "the worker's next heartbeat",
      () => (fs.statSync(heartbeat.worker).mtimeMs > first ? true : undefined),
      45_000
    )
    expect(fs.existsSync(heartbeat.server)).toBe(false)
  })
})
