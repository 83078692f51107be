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

describe("reshapeCart: promotion codes", () => {
  // A cart as Medusa answers it after NAMANH10 (10% off NamAnh farm's products) was applied.
  const discounted = reshapeCart({
    id: "cart_1",
    items: [
      {
        id: "li_b",
        product_title: "Hồng treo gió",
        quantity: 1,
        unit_price: 150000,
        total: 150000,
        discount_total: 0,
        adjustments: [],
      },
      {
        id: "li_a",
        product_title: "Dâu tây NamAnh",
        quantity: 1,
        unit_price: 120000,
        total: 108000,
        discount_total: 12000,
        adjustments: [
          { code: "NAMANH10" },
          // Medusa may split one code's discount over several adjustments of a line.
          { code: "NAMANH10" },
        ],
      },
    ],
    item_subtotal: 270000,
    item_total: 258000,
    discount_total: 12000,
    total: 258000,
    promotions: [
      { code: "NAMANH10", is_automatic: false },
      { code: "FREESHIP-AUTO", is_automatic: true },
    ],
  })

  it("carries each line's discount and the codes behind it", () => {
    const [strawberries, persimmons] = discounted.lines
    expect(strawberries).toMatchObject({
      total: 108000,
      discount: 12000,
      discountCodes: ["NAMANH10"],
    })
    expect(persimmons).toMatchObject({
      total: 150000,
      discount: 0,
      discountCodes: [],
    })
  })

  it("keeps the subtotal before codes and the totals after them", () => {
    expect(discounted).toMatchObject({
      subtotal: 270000,
      discountTotal: 12000,
      itemTotal: 258000,
      total: 258000,
    })
  })

  it("lists only the codes the shopper applied, not automatic promotions", () => {
    expect(discounted.promoCodes).toEqual(["NAMANH10"])
  })

  it("has no discount and no codes for a cart without any", () => {
    const plain = reshapeCart({
      id: "cart_2",
      items: [{ id: "li_1", quantity: 2, unit_price: 65000, total: 130000 }],
      item_subtotal: 130000,
      item_total: 130000,
      total: 130000,
    })
    expect(plain).toMatchObject({
      discountTotal: 0,
      itemTotal: 130000,
      promoCodes: [],
    })
    expect(plain.lines[0]).toMatchObject({ discount: 0, discountCodes: [] })
  })
})

describe("reshapeOrderSummary: promotion codes", () => {
  const order: RawOrderSummary = {
    id: "order_01",
    display_id: 8,
    status: "pending",
    created_at: "2026-12-07T03:00:00.000Z",
    payment_status: "authorized",
    fulfillment_status: "not_fulfilled",
    total: 288000,
    item_subtotal: 270000,
    item_total: 258000,
    discount_total: 12000,
    shipping_total: 30000,
    items: [
      {
        id: "ordli_1",
        product_title: "Dâu tây NamAnh",
        quantity: 1,
        unit_price: 120000,
        total: 108000,
        discount_total: 12000,
      },
    ],
  }

  it("shows the items before codes, the discount and each line's share of it", () => {
    const summary = reshapeOrderSummary(order)
    expect(summary).toMatchObject({
      itemSubtotal: 270000,
      itemTotal: 258000,
      discountTotal: 12000,
      total: 288000,
    })
    expect(summary.lines[0]).toMatchObject({ total: 108000, discount: 12000 })
  })

  it("has no discount for an answer without one", () => {
    const summary = reshapeOrderSummary({
      ...order,
      item_subtotal: undefined,
      discount_total: undefined,
      items: [{ ...order.items![0], discount_total: undefined }],
    })
    expect(summary).toMatchObject({ itemSubtotal: 258000, discountTotal: 0 })
    expect(summary.lines[0].discount).toBe(0)
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
