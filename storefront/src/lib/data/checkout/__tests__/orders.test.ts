import { beforeEach, describe, expect, it, vi } from "vitest"
import { getOrderDelivery, lookUpOrder, shareOrderProof } from "../orders"

// The order actions with Next's request scope and the backend replaced: what goes out, which
// cookie is kept where, and what the forms get back.
const backend = vi.hoisted(() => vi.fn())
const browser = vi.hoisted(() => ({
  sent: new Map<string, string>(),
  kept: [] as Record<string, unknown>[],
}))

vi.mock("server-only", () => ({}))
// Only its error class is used, and the refusals below are plain errors with a status.
vi.mock("@medusajs/js-sdk", () => ({ FetchError: class extends Error {} }))
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) =>
      browser.sent.has(name)
        ? { name, value: browser.sent.get(name) }
        : undefined,
    set: (cookie: Record<string, unknown>) => {
      browser.kept.push(cookie)
    },
  }),
  headers: async () => new Headers({ "x-forwarded-proto": "https" }),
}))
vi.mock("@/lib/data/shared/store-fetch", () => ({
  uncachedStoreFetch: backend,
  isNotFound: (error: { status?: number }) => error.status === 404,
}))

const refused = (message: string, statusText: string, status: number) =>
  Object.assign(new Error(message), { statusText, status })

function lookupForm(locale: "vi" | "en", number: string, contact: string) {
  const form = new FormData()
  form.set("locale", locale)
  form.set("number", number)
  form.set("contact", contact)
  return form
}

beforeEach(() => {
  backend.mockReset()
  browser.sent.clear()
  browser.kept.length = 0
})

describe("lookUpOrder", () => {
  it("keeps the proof for that order's page only, then opens it", async () => {
    backend.mockResolvedValue({ order: { id: "order_01ABC" }, proof: "p1" })
    await expect(
      lookUpOrder({ status: "idle" }, lookupForm("vi", "#12", "lan@example.vn"))
    ).rejects.toMatchObject({
      digest: expect.stringContaining(";/vi/orders/order_01ABC;"),
    })
    expect(backend).toHaveBeenCalledWith("/store/order-lookup", {
      method: "POST",
      body: { display_id: 12, contact: "lan@example.vn" },
      locale: "vi",
    })
    expect(browser.kept).toEqual([
      expect.objectContaining({
        name: "order_proof",
        value: "p1",
        path: "/vi/orders/order_01ABC",
        httpOnly: true,
        sameSite: "lax",
        secure: true,
        maxAge: 1800,
      }),
    ])
  })

  it("shows the backend's own sentence after too many lookups, asked in the form's language", async () => {
    backend.mockRejectedValue(
      refused(
        "Too many attempts. Please try again in 15 minutes.",
        "Too Many Requests",
        429
      )
    )
    expect(
      await lookUpOrder({ status: "idle" }, lookupForm("en", "12", "x@y.vn"))
    ).toEqual({
      status: "tooMany",
      message: "Too many attempts. Please try again in 15 minutes.",
    })
    expect(backend.mock.calls[0][1]).toMatchObject({ locale: "en" })
    expect(browser.kept).toEqual([])
  })

  it("says not found for a wrong number or contact, and keeps nothing", async () => {
    backend.mockRejectedValue(refused("No order", "Not Found", 404))
    expect(
      await lookUpOrder({ status: "idle" }, lookupForm("vi", "12", "x@y.vn"))
    ).toEqual({ status: "notFound" })
    expect(browser.kept).toEqual([])
  })
})

describe("getOrderDelivery", () => {
  it("asks nothing of the backend without a proof", async () => {
    expect(await getOrderDelivery("order_01ABC")).toBeNull()
    expect(backend).not.toHaveBeenCalled()
  })

  it("sends the proof and reads who the order goes to", async () => {
    browser.sent.set("order_proof", "p1")
    backend.mockResolvedValue({
      order: {
        email: "lan@example.vn",
        shipping_address: {
          first_name: "Nguyễn Thị Lan",
          phone: "+84912345678",
          address_1: "12 Hùng Vương",
          city: "Phường Xuân Trường - Đà Lạt",
          province: "Lâm Đồng",
        },
      },
    })
    expect(await getOrderDelivery("order_01ABC")).toEqual({
      name: "Nguyễn Thị Lan",
      phone: "+84912345678",
      email: "lan@example.vn",
      address: "12 Hùng Vương, Phường Xuân Trường - Đà Lạt, Lâm Đồng",
    })
    const [path, init] = backend.mock.calls[0]
    expect(path).toBe("/store/orders/order_01ABC")
    expect(init.headers).toEqual({ "x-order-proof": "p1" })
    expect(init.query.fields.split(",")).toEqual(
      expect.arrayContaining(["email", "*shipping_address"])
    )
  })

  it("opens a signed-in shopper's own order with their token when the browser holds no proof", async () => {
    browser.sent.set("_xuan_tho_customer_token", "t1")
    backend.mockResolvedValue({
      order: { email: "lan@example.vn", shipping_address: null },
    })
    expect(await getOrderDelivery("order_01ABC")).toMatchObject({
      email: "lan@example.vn",
    })
    expect(backend.mock.calls[0][1].headers).toEqual({
      authorization: "Bearer t1",
    })
  })

  it("prefers the order's proof to the account's token, and shows the summary only when neither opens it", async () => {
    browser.sent.set("_xuan_tho_customer_token", "t1")
    browser.sent.set("order_proof", "p1")
    backend.mockRejectedValue(refused("Order not found", "Not Found", 404))
    expect(await getOrderDelivery("order_01ABC")).toBeNull()
    expect(backend.mock.calls[0][1].headers).toEqual({ "x-order-proof": "p1" })
  })

  it("falls back to the summary once the proof is no longer accepted", async () => {
    browser.sent.set("order_proof", "expired")
    backend.mockRejectedValue(refused("Order not found", "Not Found", 404))
    expect(await getOrderDelivery("order_01ABC")).toBeNull()
  })
})

describe("shareOrderProof", () => {
  it("copies the proof to the order's page in the other language", async () => {
    browser.sent.set("order_proof", "p1")
    await shareOrderProof("order_01ABC", "vi")
    expect(browser.kept).toEqual([
      expect.objectContaining({
        name: "order_proof",
        value: "p1",
        path: "/en/orders/order_01ABC",
      }),
    ])
  })

  it("keeps nothing without a proof or for an unknown language", async () => {
    await shareOrderProof("order_01ABC", "vi")
    browser.sent.set("order_proof", "p1")
    await shareOrderProof("order_01ABC", "fr")
    expect(browser.kept).toEqual([])
  })
})
