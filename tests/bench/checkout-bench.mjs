// Checkout benchmark: against a running, seeded backend, fills BENCH_CARTS carts with
// one item of BENCH_HANDLE (default dau-tay-namanh), contact, address, shipping and a VietQR
// session, then completes them BENCH_CONCURRENCY at a time and prints p50/p95/max of
// `POST /store/carts/:id/complete`. Numbers only, no pass/fail:
//   BENCH_BACKEND_URL=http://localhost:9200 node tests/bench/checkout-bench.mjs
// The publishable key comes from BENCH_PUBLISHABLE_KEY or .data/market.json / MARKET_SEED_FILE.
import fs from "node:fs"
import path from "node:path"
import { performance } from "node:perf_hooks"
import { DATA_DIR } from "../../scripts/lib/workspace.mjs"

const BACKEND = process.env.BENCH_BACKEND_URL ?? "http://localhost:9000"
const CARTS = Number(process.env.BENCH_CARTS ?? 40)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4)
const HANDLE = process.env.BENCH_HANDLE ?? "dau-tay-namanh"

function publishableKey() {
  if (process.env.BENCH_PUBLISHABLE_KEY)
    return process.env.BENCH_PUBLISHABLE_KEY
  const file =
    process.env.MARKET_SEED_FILE ?? path.join(DATA_DIR, "market.json")
  return JSON.parse(fs.readFileSync(file, "utf8")).publishable_key
}

const headers = {
  "content-type": "application/json",
  "x-publishable-api-key": publishableKey(),
}

async function call(method, url, body) {
  const response = await fetch(`${BACKEND}${url}`, {
    method,
    headers,
    body: body ? JSON.stringify(body) : undefined,
  })
  const data = await response.json()
  if (!response.ok) {
    throw new Error(`${method} ${url} → ${response.status}: ${data.message}`)
  }
  return data
}

const address = {
  first_name: "Nguyễn Thị Lan",
  address_1: "12 Hùng Vương",
  city: "Phường Xuân Trường - Đà Lạt",
  province: "Lâm Đồng",
  country_code: "vn",
  phone: "0912 345 678",
}

async function prepareCart(regionId, variantId) {
  const { cart } = await call("POST", "/store/carts", {
    region_id: regionId,
    email: "bench@example.vn",
    items: [{ variant_id: variantId, quantity: 1 }],
    shipping_address: address,
    billing_address: address,
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

function percentile(sorted, p) {
  return sorted[
    Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  ]
}

const { regions } = await call("GET", "/store/regions")
const region = regions.find((r) => r.currency_code === "vnd")
const { products } = await call(
  "GET",
  `/store/products?handle=${HANDLE}&fields=id,variants.id`
)
const variantId = products[0].variants[0].id

const carts = []
for (let i = 0; i < CARTS; i++)
  carts.push(await prepareCart(region.id, variantId))

const timings = []
const outcomes = { order: 0, refused: 0 }
const queue = [...carts]
const started = performance.now()
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    for (let cartId = queue.shift(); cartId; cartId = queue.shift()) {
      const t0 = performance.now()
      const result = await call(
        "POST",
        `/store/carts/${cartId}/complete`
      ).catch((error) => ({ type: "error", error }))
      timings.push(performance.now() - t0)
      outcomes[result.type === "order" ? "order" : "refused"] += 1
    }
  })
)
const seconds = (performance.now() - started) / 1000
timings.sort((a, b) => a - b)
const ms = (value) => `${Math.round(value)} ms`
process.stdout.write(
  [
    `cart complete × ${CARTS} at concurrency ${CONCURRENCY} on ${BACKEND}`,
    `  p50 ${ms(percentile(timings, 50))}  p95 ${ms(percentile(timings, 95))}  max ${ms(timings.at(-1))}`,
    `  ${(CARTS / seconds).toFixed(1)} orders/s; ${outcomes.order} orders, ${outcomes.refused} refused`,
    "",
  ].join("\n")
)
