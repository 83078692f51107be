import { describe, expect, it } from "vitest"
import {
  ORDER_PROOF_COOKIE,
  orderPagePath,
  orderProofCookie,
  otherLocale,
} from "../order-proof"

const grant = { order: { id: "order_01ABC" }, proof: "1767000000.c2lnbmF0dXJl" }

describe("orderProofCookie", () => {
  it("is scoped to the order's page in one language", () => {
    expect(orderProofCookie(grant, "vi", false)).toMatchObject({
      name: ORDER_PROOF_COOKIE,
      value: grant.proof,
      path: "/vi/orders/order_01ABC",
    })
    expect(orderProofCookie(grant, "en", false).path).toBe(
      "/en/orders/order_01ABC"
    )
  })

  it("stays out of browser scripts, follows links, and lives as long as the proof", () => {
    expect(orderProofCookie(grant, "vi", false)).toMatchObject({
      httpOnly: true,
      sameSite: "lax",
      maxAge: 30 * 60,
      secure: false,
    })
  })

  it("is Secure when the shopper came over https", () => {
    expect(orderProofCookie(grant, "vi", true).secure).toBe(true)
  })
})

describe("orderPagePath", () => {
  it("keeps an id with unexpected characters inside its own path segment", () => {
    expect(orderPagePath("vi", "order_1/../../portal")).toBe(
      "/vi/orders/order_1%2F..%2F..%2Fportal"
    )
  })
})

describe("otherLocale", () => {
  it("names the page's other language", () => {
    expect(otherLocale("vi")).toBe("en")
    expect(otherLocale("en")).toBe("vi")
  })
})
