// The checkout race: BUYERS buyers arrive evenly over ARRIVAL_SECONDS for UNITS units of one
// variant. Each fills a cart (item, contact, address, shipping, VietQR session) and completes
// it. Counted: orders placed, 5xx answers, the winners' completion time (POST …/complete) and,
// for the others, how long the refusal took and whether it says the product is out of stock.
import { createRequire } from "node:module"
import path from "node:path"
import { performance } from "node:perf_hooks"
import { BACKEND_DIR } from "../../../scripts/lib/workspace.mjs"
import { percentile, sleep } from "./stats.mjs"

export const RACE = {
  buyers: Number(process.env.BENCH_RACE_BUYERS ?? 100),
  seconds: Number(process.env.BENCH_RACE_SECONDS ?? 20),
  units: Number(process.env.BENCH_RACE_UNITS ?? 20),
  handle: "mut-dau-tay-namanh",
}
const OUT_OF_STOCK = /hết hàng|out of stock/i

// Each buyer is a different shopper: the market caps the unpaid orders one contact may hold.
const addressOf = (buyerIndex) => ({
  first_name: "Nguyễn Thị Lan",
  address_1: "12 Hùng Vương",
  city: "Phường Xuân Trường - Đà Lạt",
  province: "Lâm Đồng",
  country_code: "vn",
  phone: `091${String(buyerIndex).padStart(7, "0")}`,
})

/** Sets the variant's stock to exactly `units`, nothing reserved. */
async function stockVariant(databaseUrl, variantId, units) {
  const { Client } = createRequire(path.join(BACKEND_DIR, "package.json"))("pg")
  const client = new Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    // Quantities are kept twice: the number and its exact (raw) form, which the module reads.
    const { rowCount } = await client.query(
      `UPDATE inventory_level
       SET stocked_quantity = $2, raw_stocked_quantity = jsonb_build_object('value', $3::text, 'precision', 20),
           reserved_quantity = 0, raw_reserved_quantity = jsonb_build_object('value', '0', 'precision', 20)
       WHERE deleted_at IS NULL AND inventory_item_id IN (
         SELECT inventory_item_id FROM product_variant_inventory_item
         WHERE variant_id = $1 AND deleted_at IS NULL)`,
      [variantId, units, String(units)]
    )
    if (rowCount !== 1) {
      throw new Error(
        `Expected one stock level for the race's variant, found ${rowCount}.`
      )
    }
  } finally {
    await client.end()
  }
}

function buyerCalls(backend, tally) {
  const headers = { ...backend.headers, "content-type": "application/json" }
  return async (method, route, body) => {
    const begun = performance.now()
    const response = await fetch(`${backend.url}${route}`, {
      method,
      headers,
      body: body ? JSON.stringify(body) : undefined,
    })
    const data = await response.json().catch(() => ({}))
    const ms = performance.now() - begun
    if (response.status >= 500) tally.serverErrors += 1
    return { ok: response.ok, status: response.status, data, ms }
  }
}

async function buyer(call, regionId, variantId, buyerIndex) {
  const refused = (step, answer) => ({
    outcome: "refused",
    step,
    ms: answer.ms,
    message: String(answer.data?.message ?? `HTTP ${answer.status}`),
  })
  const created = await call("POST", "/store/carts", {
    region_id: regionId,
    email: `buyer-${buyerIndex}@example.vn`,
    items: [{ variant_id: variantId, quantity: 1 }],
    shipping_address: addressOf(buyerIndex),
    billing_address: addressOf(buyerIndex),
  })
  if (!created.ok) return refused("cart", created)
  const cartId = created.data.cart.id
  const options = await call("GET", `/store/shipping-options?cart_id=${cartId}`)
  if (!options.ok) return refused("shipping options", options)
  const method = await call("POST", `/store/carts/${cartId}/shipping-methods`, {
    option_id: options.data.shipping_options[0].id,
  })
  if (!method.ok) return refused("shipping method", method)
  const collection = await call("POST", "/store/payment-collections", {
    cart_id: cartId,
  })
  if (!collection.ok) return refused("payment collection", collection)
  const session = await call(
    "POST",
    `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`,
    { provider_id: "pp_vietqr_vietqr" }
  )
  if (!session.ok) return refused("payment session", session)
  const completed = await call("POST", `/store/carts/${cartId}/complete`)
  if (completed.ok && completed.data.type === "order") {
    return { outcome: "order", ms: completed.ms }
  }
  return refused("complete", {
    ...completed,
    data: completed.data?.error ?? completed.data,
  })
}

export async function checkoutRace(backend, databaseUrl) {
  const found = await fetch(
    `${backend.url}/store/products?handle=${RACE.handle}&fields=id,variants.id`,
    { headers: backend.headers }
  ).then((response) => response.json())
  const variantId = found.products?.[0]?.variants?.[0]?.id
  if (!variantId) throw new Error(`No variant for ${RACE.handle}.`)
  await stockVariant(databaseUrl, variantId, RACE.units)

  const tally = { serverErrors: 0 }
  const call = buyerCalls(backend, tally)
  const gap = (RACE.seconds * 1000) / RACE.buyers
  const outcomes = await Promise.all(
    Array.from({ length: RACE.buyers }, async (_, i) => {
      await sleep(i * gap)
      return buyer(call, backend.region.id, variantId, i).catch((error) => ({
        outcome: "refused",
        step: "network",
        ms: NaN,
        message: error.message,
      }))
    })
  )
  const winners = outcomes.filter((o) => o.outcome === "order")
  const losers = outcomes.filter((o) => o.outcome === "refused")
  const winnerMs = winners.map((o) => o.ms).sort((a, b) => a - b)
  const loserMs = losers.map((o) => o.ms).sort((a, b) => a - b)
  const messages = new Map()
  for (const loser of losers) {
    const key = `${loser.step}: ${loser.message.slice(0, 90)}`
    messages.set(key, (messages.get(key) ?? 0) + 1)
  }
  return {
    orders: winners.length,
    serverErrors: tally.serverErrors,
    winnerP95: winnerMs.length ? percentile(winnerMs, 95) : NaN,
    loserMax: loserMs.length ? loserMs.at(-1) : NaN,
    losersToldOutOfStock: losers.filter((o) => OUT_OF_STOCK.test(o.message))
      .length,
    losers: losers.length,
    messages: [...messages].map(([text, count]) => `${count} × ${text}`),
  }
}
