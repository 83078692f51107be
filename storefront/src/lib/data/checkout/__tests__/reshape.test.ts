import { describe, expect, it } from "vitest"
import {
  reshapeCart,
  reshapeOrderSummary,
  type RawOrderSummary,
} from "../reshape"

describe("reshapeCart", () => {
  it("counts items and falls back to summing line totals", () => {
    const cart = reshapeCart({
      id: "cart_1",
      items: [
        {
          id: "li_1",
          product_title: "Dâu tây",
          quantity: 2,
          unit_price: 120000,
        },
        {
          id: "li_2",
          title: "Hồng",
          quantity: 1,
          unit_price: 85000,
          total: 85000,
        },
      ],
    })
    expect(cart.itemCount).toBe(3)
    expect(cart.lines[0].total).toBe(240000)
    expect(cart.lines[1].productTitle).toBe("Hồng")
    expect(cart.subtotal).toBe(325000)
    expect(cart.total).toBe(325000)
  })
})

describe("reshapeOrderSummary: the transfer an order waits for", () => {
  const summary = (vietqr: RawOrderSummary["vietqr"]): RawOrderSummary => ({
    id: "order_01",
    display_id: 7,
    status: "pending",
    created_at: "2026-12-07T03:00:00.000Z",
    payment_status: "authorized",
    fulfillment_status: "not_fulfilled",
    total: 150000,
    item_total: 120000,
    shipping_total: 30000,
    vietqr,
  })
  const transfer = {
    reference: "XT7K2M9Q",
    payload: "000201",
    amount: 150000,
    bank_name: "VietinBank",
    account_number: "102874563910",
    account_name: "HTX NONG NGHIEP XUAN THO",
    expires_at: "2026-12-07T03:30:00.000Z",
  }

  it.each([
    ["awaiting", "awaiting"],
    ["expired", "expired"],
    ["paid", "paid"],
    ["cancelled", "cancelled"],
    [undefined, "awaiting"],
    ["something new", "awaiting"],
  ])("the backend's %s is shown as %s", (status, shown) => {
    expect(
      reshapeOrderSummary(summary({ ...transfer, status })).vietqr?.status
    ).toEqual(shown)
  })

  it("keeps how long the stock is held, or null from an older answer", () => {
    expect(
      reshapeOrderSummary(summary({ ...transfer, lifetime_minutes: 30 })).vietqr
    ).toMatchObject({ lifetimeMinutes: 30, expiresAt: transfer.expires_at })
    expect(
      reshapeOrderSummary(summary(transfer)).vietqr?.lifetimeMinutes
    ).toBeNull()
  })
})
