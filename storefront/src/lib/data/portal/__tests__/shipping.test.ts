import { describe, expect, it } from "vitest"
import type { PortalPaymentStatus } from "../types"
import { isNotPaidRefusal, readyToShip, shipsOncePaid } from "../shipping"

const order = (
  payment_status: PortalPaymentStatus,
  fields: { status?: string; shipped?: boolean } = {}
) => ({ status: "pending", shipped: false, payment_status, ...fields })

describe("readyToShip", () => {
  it("offers shipping for a paid order not yet shipped", () => {
    expect(readyToShip(order("paid"))).toBe(true)
  })

  it("holds back an order whose transfer has not arrived", () => {
    expect(readyToShip(order("awaiting_transfer"))).toBe(false)
  })

  it("leaves out refunded, canceled and shipped orders", () => {
    expect(readyToShip(order("refunded"))).toBe(false)
    expect(readyToShip(order("canceled", { status: "canceled" }))).toBe(false)
    expect(readyToShip(order("paid", { status: "canceled" }))).toBe(false)
    expect(readyToShip(order("paid", { shipped: true }))).toBe(false)
  })

  it("counts only paid, unshipped orders among a member's list", () => {
    const orders = [
      order("paid"),
      order("awaiting_transfer"),
      order("paid", { shipped: true }),
      order("refunded"),
      order("paid"),
    ]
    expect(orders.filter(readyToShip)).toHaveLength(2)
  })
})

describe("shipsOncePaid", () => {
  it("explains the wait only for an unshipped order awaiting its transfer", () => {
    expect(shipsOncePaid(order("awaiting_transfer"))).toBe(true)
    expect(shipsOncePaid(order("paid"))).toBe(false)
    expect(shipsOncePaid(order("refunded"))).toBe(false)
    expect(
      shipsOncePaid(order("awaiting_transfer", { status: "canceled" }))
    ).toBe(false)
  })
})

describe("isNotPaidRefusal", () => {
  const refusal = (status: number, message: string) =>
    Object.assign(new Error(message), { status, statusText: "Bad Request" })

  it("recognises the backend's refusal to ship an unpaid order", () => {
    expect(
      isNotPaidRefusal(
        refusal(400, "Order is not paid: ship it once the payment has arrived")
      )
    ).toBe(true)
    expect(
      isNotPaidRefusal(
        refusal(400, "Order is not paid: ship it once the payment has arrived.")
      )
    ).toBe(true)
  })

  it("leaves other refusals to the form's own handling", () => {
    expect(isNotPaidRefusal(refusal(400, "tracking_number: Required"))).toBe(
      false
    )
    expect(
      isNotPaidRefusal(
        refusal(404, "Order is not paid: ship it once the payment has arrived")
      )
    ).toBe(false)
    expect(isNotPaidRefusal("Order is not paid")).toBe(false)
    expect(isNotPaidRefusal(null)).toBe(false)
  })
})
