import { beforeEach, describe, expect, it, vi } from "vitest"
import { getOrder } from "../orders"

// The order page's read with Next's request scope and the backend replaced: the pre-ordered
// lines' ship days come from Medusa's order route, which answers only a proof holder.
const backend = vi.hoisted(() => vi.fn())
const sentCookies = vi.hoisted(() => new Map<string, string>())

vi.mock("server-only", () => ({}))
vi.mock("@medusajs/js-sdk", () => ({ FetchError: class extends Error {} }))
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) =>
      sentCookies.has(name)
        ? { name, value: sentCookies.get(name) }
        : undefined,
  }),
  headers: async () => new Headers(),
}))
vi.mock("@/lib/data/shared/store-fetch", () => ({
  uncachedStoreFetch: backend,
  isNotFound: (error: { status?: number }) => error.status === 404,
}))

const summary = {
  id: "order_01",
  display_id: 7,
  status: "pending",
  created_at: "2026-12-07T03:00:00.000Z",
  payment_status: "captured",
  fulfillment_status: "not_fulfilled",
  total: 120000,
  item_total: 90000,
  shipping_total: 30000,
  items: [
    {
      id: "ordli_squash",
      product_title: "Bí mì sợi",
      quantity: 2,
      unit_price: 45000,
      total: 90000,
    },
    {
      id: "ordli_chilli",
      product_title: "Ớt trái cây",
      quantity: 1,
      unit_price: 60000,
      total: 60000,
    },
  ],
  vietqr: null,
}

function answer(preorderLines: unknown) {
  backend.mockImplementation(async (path: string) =>
    path.endsWith("/summary")
      ? { order: summary }
      : { order: { id: "order_01", preorder_lines: preorderLines } }
  )
}

beforeEach(() => {
  backend.mockReset()
  sentCookies.clear()
})

describe("getOrder: when pre-ordered lines ship", () => {
  it("gives each pre-ordered line its ship day and the others none", async () => {
    sentCookies.set("order_proof", "p1")
    answer([
      {
        id: "prol_1",
        line_item_id: "ordli_squash",
        product_id: "prod_squash",
        quantity: 2,
        ships_on: "2027-05-12",
      },
    ])
    const order = await getOrder("order_01")
    expect(order?.lines.map((line) => [line.id, line.shipsOn])).toEqual([
      ["ordli_squash", "2027-05-12"],
      ["ordli_chilli", null],
    ])
    const [path, init] = backend.mock.calls.find(
      ([called]) => !String(called).endsWith("/summary")
    )!
    expect(path).toBe("/store/orders/order_01")
    expect(init.headers).toEqual({ "x-order-proof": "p1" })
    expect(init.query.fields.split(",")).toContain("+preorder_lines.*")
  })

  it("asks only for the summary without a proof, and shows no ship days", async () => {
    answer([])
    const order = await getOrder("order_01")
    expect(backend).toHaveBeenCalledTimes(1)
    expect(order?.lines.every((line) => line.shipsOn === null)).toBe(true)
  })

  it("still shows the order once the proof is no longer accepted", async () => {
    sentCookies.set("order_proof", "expired")
    backend.mockImplementation(async (path: string) => {
      if (path.endsWith("/summary")) return { order: summary }
      throw Object.assign(new Error("Not found"), { status: 404 })
    })
    const order = await getOrder("order_01")
    expect(order?.lines.map((line) => line.shipsOn)).toEqual([null, null])
  })
})
