// Faults a shop meets in production, on real processes: the backend killed outright in the
// middle of a checkout, and PostgreSQL restarted while shoppers browse. One seeded database
// (the real seed), one `medusa start` that the test kills and starts again.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { ROOT, medusa, startBackend, type Service } from "./processes"

const PG_PORT = Number(process.env.FAULTS_PG_PORT ?? 54374)
const BACKEND_PORT = Number(process.env.FAULTS_BACKEND_PORT ?? 9510)
const BACKEND = `http://localhost:${BACKEND_PORT}`

type Postgres = {
  stop: () => Promise<void>
  url: (database: string) => string
}

const ADDRESS = {
  first_name: "Nguyễn Thị Lan",
  address_1: "12 Hùng Vương",
  city: "Phường Xuân Trường - Đà Lạt",
  province: "Lâm Đồng",
  country_code: "vn",
  phone: "0912 345 678",
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe("faults: a killed backend and a restarted database", () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "xt-faults-"))
  const dataDir = path.join(ROOT, ".data", `postgres-faults-${PG_PORT}`)
  let startPostgres: (options: object) => Promise<Postgres>
  let queryValue: (url: string, sql: string) => Promise<unknown>
  let postgres: Postgres
  let backend: Service | undefined
  let env: NodeJS.ProcessEnv
  let publishableKey: string

  /** A count from the database; a table that does not exist fails the test, never counts 0. */
  async function count(statement: string) {
    const value = await queryValue(postgres.url("market"), statement)
    if (value === null) throw new Error(`Missing table in: ${statement}`)
    return Number(value)
  }

  async function call(method: string, url: string, body?: object) {
    const response = await fetch(`${BACKEND}${url}`, {
      method,
      headers: {
        "content-type": "application/json",
        "x-publishable-api-key": publishableKey,
      },
      body: body ? JSON.stringify(body) : undefined,
    })
    const data = await response.json()
    if (!response.ok) {
      throw new Error(`${method} ${url} → ${response.status}: ${data.message}`)
    }
    return data
  }

  /** A cart a shopper has filled to the last step: item, address, delivery, VietQR. */
  async function readyCart(email: string): Promise<string> {
    const { regions } = await call("GET", "/store/regions")
    const { products } = await call(
      "GET",
      "/store/products?handle=dau-tay-namanh&fields=id,variants.id"
    )
    const { cart } = await call("POST", "/store/carts", {
      region_id: regions[0].id,
      email,
      items: [{ variant_id: products[0].variants[0].id, quantity: 1 }],
      shipping_address: ADDRESS,
      billing_address: ADDRESS,
    })
    const { shipping_options } = await call(
      "GET",
      `/store/shipping-options?cart_id=${cart.id}`
    )
    await call("POST", `/store/carts/${cart.id}/shipping-methods`, {
      option_id: shipping_options[0].id,
    })
    const { payment_collection } = await call(
      "POST",
      "/store/payment-collections",
      { cart_id: cart.id }
    )
    await call(
      "POST",
      `/store/payment-collections/${payment_collection.id}/payment-sessions`,
      { provider_id: "pp_vietqr_vietqr" }
    )
    return cart.id
  }

  beforeAll(async () => {
    const postgresLib = await import("../../../scripts/lib/postgres.mjs")
    const workspace = await import("../../../scripts/lib/workspace.mjs")
    startPostgres = postgresLib.startPostgres as typeof startPostgres
    queryValue = (await import("../../../scripts/lib/database.mjs")).queryValue
    // Not ephemeral: the data has to survive the restart the second test makes.
    fs.rmSync(dataDir, { recursive: true, force: true })
    postgres = await startPostgres({ root: ROOT, dataDir, port: PG_PORT })
    await postgresLib.ensureDatabase({
      root: ROOT,
      connection: postgres,
      database: "market",
    })
    env = {
      ...workspace.backendEnv({
        databaseUrl: postgres.url("market"),
        backendUrl: BACKEND,
        storefrontUrl: "http://localhost:8999",
        secrets: {
          jwt_secret: "faults-jwt-secret-0123456789",
          cookie_secret: "faults-cookie-secret-0123456789",
          revalidate_secret: "",
          vietqr_webhook_key: "faults-vietqr-webhook-key-0123",
          vietqr_account_number: "102800000001",
        },
        dataDir: work,
      }),
      NODE_ENV: "development",
      LOG_LEVEL: "error",
      MEDUSA_ADMIN_DISABLED: "true",
    }
    await medusa(["db:migrate"], env)
    await medusa(["exec", "./src/scripts/seed.ts"], env)
    publishableKey = JSON.parse(
      fs.readFileSync(path.join(work, "seed.json"), "utf8")
    ).publishable_key
    backend = await startBackend(BACKEND_PORT, env)
  })

  afterAll(async () => {
    await backend?.stop()
    await postgres?.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
    fs.rmSync(`${dataDir}.password`, { force: true })
    fs.rmSync(work, { recursive: true, force: true })
  })

  it("completes a cart after the backend was killed (SIGKILL) during its completion: one order, one payment, nothing captured twice", async () => {
    // How long a completion takes here, so that the kill lands in the middle of one.
    const warmUp = await readyCart("giet-giua-chung-1@example.vn")
    const started = Date.now()
    const first = await call("POST", `/store/carts/${warmUp}/complete`)
    const completionMs = Date.now() - started
    expect(first.type).toBe("order")

    const cartId = await readyCart("giet-giua-chung-2@example.vn")
    const interrupted = fetch(`${BACKEND}/store/carts/${cartId}/complete`, {
      method: "POST",
      headers: { "x-publishable-api-key": publishableKey },
    }).then(
      (response) => `answered ${response.status}`,
      () => "cut off"
    )
    await sleep(completionMs / 3)
    process.kill(-backend!.child.pid!, "SIGKILL")
    // The kill has to land while the completion runs, or this test proves nothing.
    expect(await interrupted).toBe("cut off")
    backend = await startBackend(BACKEND_PORT, env)

    // The shopper's browser tries again, as the storefront does after a failed request.
    const retried = await call("POST", `/store/carts/${cartId}/complete`)
    expect(retried.type).toBe("order")
    const again = await call("POST", `/store/carts/${cartId}/complete`)
    expect(again.order.id).toBe(retried.order.id)

    const orders = await count(
      `select count(*) from order_cart where cart_id = '${cartId}' and deleted_at is null`
    )
    expect(orders, "orders of the interrupted cart").toBe(1)
    const payments = await count(
      `select count(*) from payment p join cart_payment_collection link
         on link.payment_collection_id = p.payment_collection_id
       where link.cart_id = '${cartId}' and p.deleted_at is null`
    )
    expect(payments).toBe(1)
    const captures = await count(
      `select count(*) from capture c join payment p on p.id = c.payment_id
         join cart_payment_collection link on link.payment_collection_id = p.payment_collection_id
       where link.cart_id = '${cartId}'`
    )
    // A VietQR order waits for the bank transfer: nothing is captured at checkout.
    expect(captures).toBe(0)
  })

  it("answers 503 while PostgreSQL restarts under load, then serves again without a backend restart", async () => {
    const pid = backend!.child.pid
    const statuses: { at: number; status: number }[] = []
    let loading = true
    const shopper = async () => {
      while (loading) {
        const status = await fetch(`${BACKEND}/store/products?limit=5`, {
          headers: { "x-publishable-api-key": publishableKey },
          signal: AbortSignal.timeout(15_000),
        }).then(
          (response) => response.status,
          () => 0
        )
        statuses.push({ at: Date.now(), status })
        await sleep(50)
      }
    }
    const shoppers = Array.from({ length: 4 }, shopper)

    await sleep(2_000)
    await postgres.stop()
    const downAt = Date.now()
    // Longer than a request waits for a connection (CONNECTION_WAIT_MS): the first requests of
    // the outage are answered 503 by that wait, the later ones by the gate at once.
    await sleep(8_000)
    postgres = await startPostgres({ root: ROOT, dataDir, port: PG_PORT })
    const upAt = Date.now()
    // Served again: five answers of 200 in a row after the restart, within 30 seconds.
    const deadline = upAt + 30_000
    while (Date.now() < deadline) {
      const last = statuses.slice(-5)
      if (
        last.length === 5 &&
        last.every((entry) => entry.at > upAt && entry.status === 200)
      ) {
        break
      }
      await sleep(200)
    }
    loading = false
    await Promise.all(shoppers)

    const during = statuses.filter(
      (entry) => entry.at > downAt && entry.at < upAt
    )
    expect(
      during.length,
      "requests made while PostgreSQL was down"
    ).toBeGreaterThan(0)
    expect(
      [...new Set(during.map((entry) => entry.status))],
      "answers while PostgreSQL was down"
    ).toEqual([503])
    expect(
      statuses.filter((entry) => entry.status !== 200 && entry.status !== 503),
      "no other answer than 200 or 503"
    ).toEqual([])
    expect(statuses.slice(-5).map((entry) => entry.status)).toEqual([
      200, 200, 200, 200, 200,
    ])
    expect(backend!.child.pid, "the same backend process").toBe(pid)
    expect(backend!.child.exitCode).toBeNull()
  })
})
