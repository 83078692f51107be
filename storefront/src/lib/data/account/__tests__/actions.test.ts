import { beforeEach, describe, expect, it, vi } from "vitest"
import { signUp } from "../account"
import { acceptOrderTransfer, attachGuestOrder } from "../transfer"

// The account actions with Next's request scope and the backend replaced: what goes out, which
// cookies are kept, and what the forms get back.
const backend = vi.hoisted(() => vi.fn())
const browser = vi.hoisted(() => ({
  sent: new Map<string, string>(),
  kept: [] as { name: string; value: string; options: unknown }[],
}))

vi.mock("server-only", () => ({}))
vi.mock("@medusajs/js-sdk", () => ({ FetchError: class extends Error {} }))
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) =>
      browser.sent.has(name)
        ? { name, value: browser.sent.get(name) }
        : undefined,
    set: (name: string, value: string, options: unknown) => {
      browser.kept.push({ name, value, options })
    },
    delete: () => {},
  }),
  headers: async () => new Headers(),
}))
vi.mock("@/lib/data/shared/store-fetch", () => ({
  uncachedStoreFetch: backend,
  isNotFound: (error: { status?: number }) => error.status === 404,
}))

const refused = (status: number, message = "refused") =>
  Object.assign(new Error(message), { status })

function form(fields: Record<string, string>) {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

beforeEach(() => {
  backend.mockReset()
  browser.sent.clear()
  browser.kept.length = 0
})

describe("signUp", () => {
  const filled = form({
    locale: "vi",
    name: "Nguyễn Thị Lan",
    email: "Lan@Example.vn",
    password: "dau tay da lat",
  })

  it("registers, creates the customer with the registration token, signs in and opens the account", async () => {
    backend
      .mockResolvedValueOnce({ token: "registration" })
      .mockResolvedValueOnce({ customer: { id: "cus_1" } })
      .mockResolvedValueOnce({ token: "session" })
    await expect(signUp({ status: "idle" }, filled)).rejects.toMatchObject({
      digest: expect.stringContaining(";/vi/account;"),
    })
    expect(backend.mock.calls.map(([path]) => path)).toEqual([
      "/auth/customer/emailpass/register",
      "/store/customers",
      "/auth/customer/emailpass",
    ])
    expect(backend.mock.calls[0][1].body).toEqual({
      email: "lan@example.vn",
      password: "dau tay da lat",
    })
    expect(backend.mock.calls[1][1]).toMatchObject({
      body: { email: "lan@example.vn", first_name: "Nguyễn Thị Lan" },
      headers: { authorization: "Bearer registration" },
    })
    const token = browser.kept.find(
      (c) => c.name === "_xuan_tho_customer_token"
    )
    expect(token).toMatchObject({
      value: "session",
      options: { httpOnly: true },
    })
    // The header's hint is readable by the page and holds no token.
    expect(
      browser.kept.find((c) => c.name === "_xuan_tho_signed_in")
    ).toMatchObject({ value: "1", options: { httpOnly: false } })
  })

  it("says the email already has an account and keeps what was typed, but never the password", async () => {
    backend.mockRejectedValueOnce(
      refused(401, "Identity with email already exists")
    )
    expect(await signUp({ status: "idle" }, filled)).toEqual({
      status: "error",
      fieldErrors: { email: "emailTaken" },
      values: { email: "lan@example.vn", name: "Nguyễn Thị Lan" },
    })
    expect(backend).toHaveBeenCalledTimes(1)
    expect(browser.kept).toEqual([])
  })

  it("refuses a short password without asking the backend", async () => {
    const short = form({ locale: "en", email: "a@b.vn", password: "123456" })
    expect(await signUp({ status: "idle" }, short)).toMatchObject({
      fieldErrors: { password: "passwordShort" },
    })
    expect(backend).not.toHaveBeenCalled()
  })
})

describe("attachGuestOrder", () => {
  it("looks the order up, then asks for the transfer as the shopper with the order's proof", async () => {
    browser.sent.set("_xuan_tho_customer_token", "session")
    backend
      .mockResolvedValueOnce({ order: { id: "order_1" }, proof: "p1" })
      .mockResolvedValueOnce({ order: { id: "order_1" } })
    expect(
      await attachGuestOrder(
        { status: "idle" },
        form({ locale: "vi", number: "#12", contact: "lan@example.vn" })
      )
    ).toEqual({ status: "requested", displayId: 12 })
    expect(backend.mock.calls[0]).toEqual([
      "/store/order-lookup",
      {
        method: "POST",
        body: { display_id: 12, contact: "lan@example.vn" },
        locale: "vi",
      },
    ])
    expect(backend.mock.calls[1][0]).toBe(
      "/store/orders/order_1/transfer/request"
    )
    expect(backend.mock.calls[1][1].headers).toEqual({
      "x-order-proof": "p1",
      authorization: "Bearer session",
    })
  })

  it("says not found for a wrong number or contact, and asks for no transfer", async () => {
    browser.sent.set("_xuan_tho_customer_token", "session")
    backend.mockRejectedValueOnce(refused(404))
    expect(
      await attachGuestOrder(
        { status: "idle" },
        form({ locale: "vi", number: "99", contact: "x@y.vn" })
      )
    ).toEqual({ status: "error", reason: "notFound" })
    expect(backend).toHaveBeenCalledTimes(1)
  })
})

describe("acceptOrderTransfer", () => {
  it("sends the emailed token and names the order that moved", async () => {
    backend.mockResolvedValueOnce({ order: { id: "order_1", display_id: 12 } })
    expect(
      await acceptOrderTransfer(
        { status: "idle" },
        form({ locale: "vi", order: "order_1", token: "t0k3n" })
      )
    ).toEqual({ status: "accepted", orderId: "order_1", displayId: 12 })
    expect(backend.mock.calls[0][0]).toBe(
      "/store/orders/order_1/transfer/accept"
    )
    expect(backend.mock.calls[0][1].body).toEqual({ token: "t0k3n" })
  })

  it("says the link no longer works when the backend does not know the token", async () => {
    backend.mockRejectedValueOnce(refused(404))
    expect(
      await acceptOrderTransfer(
        { status: "idle" },
        form({ locale: "vi", order: "order_1", token: "used" })
      )
    ).toEqual({ status: "error", reason: "invalidLink" })
  })
})
