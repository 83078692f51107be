import { beforeEach, describe, expect, it, vi } from "vitest"
import { settleVnpayReturn } from "../vnpay"

// The return page's reading of VNPay's signed URL, with Next's request scope and the backend
// replaced: what goes to the backend, which cookies are kept or dropped, what the page shows.
const backend = vi.hoisted(() => vi.fn())
const browser = vi.hoisted(() => ({
  kept: [] as Record<string, unknown>[],
  dropped: [] as string[],
}))

vi.mock("server-only", () => ({}))
vi.mock("@medusajs/js-sdk", () => ({ FetchError: class extends Error {} }))
vi.mock("next/headers", () => ({
  cookies: async () => ({
    set: (cookie: Record<string, unknown>) => {
      browser.kept.push(cookie)
    },
    delete: (name: string) => {
      browser.dropped.push(name)
    },
  }),
  headers: async () => new Headers({ "x-forwarded-proto": "https" }),
}))
vi.mock("@/lib/data/shared/store-fetch", () => ({
  uncachedStoreFetch: backend,
}))

const RETURN = new URLSearchParams({
  vnp_TxnRef: "01ABCDEF12345678",
  vnp_ResponseCode: "00",
  vnp_SecureHash: "abc",
  utm_source: "zalo",
})

beforeEach(() => {
  backend.mockReset()
  browser.kept.length = 0
  browser.dropped.length = 0
})

describe("settleVnpayReturn", () => {
  it("sends only VNPay's parameters, and once paid keeps the order's proof and forgets the cart", async () => {
    backend.mockResolvedValue({
      status: "paid",
      order_id: "order_01PAID",
      order_proof: "proof-1",
    })
    await expect(settleVnpayReturn(RETURN, "vi")).resolves.toEqual({
      status: "paid",
      orderId: "order_01PAID",
    })
    expect(backend).toHaveBeenCalledWith("/store/vnpay/return", {
      query: {
        vnp_TxnRef: "01ABCDEF12345678",
        vnp_ResponseCode: "00",
        vnp_SecureHash: "abc",
      },
      locale: "vi",
    })
    expect(browser.kept).toEqual([
      expect.objectContaining({
        value: "proof-1",
        path: "/vi/orders/order_01PAID",
        httpOnly: true,
      }),
    ])
    expect(browser.dropped).toEqual(["_xuan_tho_cart_id"])
  })

  it("keeps the cart while VNPay has not confirmed, and when the attempt failed", async () => {
    backend.mockResolvedValueOnce({ status: "pending" })
    await expect(settleVnpayReturn(RETURN, "en")).resolves.toEqual({
      status: "pending",
    })
    backend.mockResolvedValueOnce({ status: "failed", response_code: "24" })
    await expect(settleVnpayReturn(RETURN, "en")).resolves.toEqual({
      status: "failed",
      responseCode: "24",
    })
    expect(browser.kept).toEqual([])
    expect(browser.dropped).toEqual([])
  })

  it("shows a link whose signature the backend refused as invalid, and lets other failures through", async () => {
    backend.mockRejectedValueOnce(
      Object.assign(new Error("sai chữ ký"), { status: 400 })
    )
    await expect(settleVnpayReturn(RETURN, "vi")).resolves.toEqual({
      status: "invalid",
    })
    backend.mockRejectedValueOnce(
      Object.assign(new Error("down"), { status: 502 })
    )
    await expect(settleVnpayReturn(RETURN, "vi")).rejects.toThrow("down")
  })
})
