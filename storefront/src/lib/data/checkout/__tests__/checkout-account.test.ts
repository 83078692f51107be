import { beforeEach, describe, expect, it, vi } from "vitest"
import { listProvinces, listWards } from "@/lib/data/shared/addresses"
import { placeOrder } from "../checkout"

// placeOrder for a signed-in shopper and for a guest, with Next's request scope and the
// backend replaced: which calls carry the shopper's token, and when the address is kept.
const backend = vi.hoisted(() => vi.fn())
const browser = vi.hoisted(() => ({ sent: new Map<string, string>() }))

vi.mock("server-only", () => ({}))
vi.mock("@medusajs/js-sdk", () => ({ FetchError: class extends Error {} }))
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) =>
      browser.sent.has(name)
        ? { name, value: browser.sent.get(name) }
        : undefined,
    set: () => {},
    delete: () => {},
  }),
  headers: async () => new Headers(),
}))
vi.mock("@/lib/data/shared/store-fetch", () => ({
  uncachedStoreFetch: backend,
  isNotFound: (error: { status?: number }) => error.status === 404,
}))
vi.mock("../cart-cookie", () => ({
  getCartId: async () => "cart_1",
  removeCartId: async () => {},
}))
vi.mock("../completion", () => ({
  completeCart: async () => ({ type: "order", order: { id: "order_1" } }),
  keepProofOfCompletedCart: async () => {},
  orderFailure: () => ({ formError: "failed" }),
  stockOrFailed: () => "failed",
}))

function answer(path: string) {
  if (path === "/store/payment-collections") {
    return { payment_collection: { id: "pay_col_1" } }
  }
  if (path.endsWith("/payment-sessions")) {
    return { payment_collection: { payment_sessions: [{ data: {} }] } }
  }
  if (path === "/store/customers/me") {
    return {
      customer: { id: "cus_1", email: "lan@example.vn", addresses: [] },
    }
  }
  return {}
}

async function checkoutForm(extra: Record<string, string>) {
  const province = (await listProvinces()).find((p) => p.name === "Lâm Đồng")!
  const ward = (await listWards(province.code)).find(
    (w) => w.name === "Phường Xuân Trường - Đà Lạt"
  )!
  const form = new FormData()
  const fields = {
    locale: "vi",
    email: "lan@example.vn",
    phone: "0912 345 678",
    name: "Nguyễn Thị Lan",
    province: province.code,
    ward: ward.code,
    address: "12 Hùng Vương",
    shipping: "so_1",
    payment: "pp_vietqr_vietqr",
    ...extra,
  }
  for (const [name, value] of Object.entries(fields)) form.set(name, value)
  return form
}

const calledPaths = () => backend.mock.calls.map(([path]) => path as string)

beforeEach(() => {
  backend.mockReset()
  backend.mockImplementation(async (path: string) => answer(path))
  browser.sent.clear()
})

describe("placeOrder with an account", () => {
  it("makes the cart the shopper's, sends their token on its calls and keeps the ticked address after the order", async () => {
    browser.sent.set("_xuan_tho_customer_token", "t1")
    await expect(
      placeOrder({ status: "idle" }, await checkoutForm({ saveAddress: "on" }))
    ).rejects.toMatchObject({
      digest: expect.stringContaining(";/vi/orders/order_1;"),
    })
    expect(calledPaths()[0]).toBe("/store/carts/cart_1/customer")
    for (const [path, init] of backend.mock.calls) {
      if (path.startsWith("/store/carts") || path.includes("payment")) {
        expect(init.headers).toEqual({ authorization: "Bearer t1" })
      }
    }
    const saved = backend.mock.calls.find(
      ([path]) => path === "/store/customers/me/addresses"
    )
    expect(saved?.[1].body).toEqual({
      first_name: "Nguyễn Thị Lan",
      address_1: "12 Hùng Vương",
      city: "Phường Xuân Trường - Đà Lạt",
      province: "Lâm Đồng",
      country_code: "vn",
      phone: "0912 345 678",
    })
  })

  it("keeps no address when the shopper left the box unticked", async () => {
    browser.sent.set("_xuan_tho_customer_token", "t1")
    await expect(
      placeOrder({ status: "idle" }, await checkoutForm({}))
    ).rejects.toMatchObject({ digest: expect.stringContaining("order_1") })
    expect(calledPaths()).not.toContain("/store/customers/me/addresses")
  })

  it("places a guest's order without a token, and a tick from a guest saves nothing", async () => {
    await expect(
      placeOrder({ status: "idle" }, await checkoutForm({ saveAddress: "on" }))
    ).rejects.toMatchObject({ digest: expect.stringContaining("order_1") })
    expect(calledPaths()).not.toContain("/store/carts/cart_1/customer")
    expect(calledPaths()).not.toContain("/store/customers/me/addresses")
    for (const [, init] of backend.mock.calls) {
      expect(init?.headers?.authorization).toBeUndefined()
    }
  })
})
