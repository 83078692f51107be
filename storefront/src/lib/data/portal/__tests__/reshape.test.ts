import { describe, expect, it } from "vitest"
import {
  reshapePortalOrder,
  reshapePortalStats,
  type RawPortalOrder,
} from "../reshape"

const rawOrder = (fields: Partial<RawPortalOrder> = {}): RawPortalOrder => ({
  id: "order_01",
  display_id: 12,
  created_at: "2026-11-28T02:00:00.000Z",
  status: "pending",
  payment_status: "awaiting_transfer",
  shipping_address: null,
  items: [],
  total: 120000,
  shipments: [],
  shipped: false,
  ...fields,
})

describe("reshapePortalOrder", () => {
  it.each(["awaiting_transfer", "paid", "refunded", "canceled"] as const)(
    "carries the market's payment status %s",
    (status) => {
      expect(
        reshapePortalOrder(rawOrder({ payment_status: status })).payment_status
      ).toBe(status)
    }
  )

  it("reads a missing or unknown payment status as awaiting the transfer", () => {
    expect(
      reshapePortalOrder(rawOrder({ payment_status: undefined })).payment_status
    ).toBe("awaiting_transfer")
    expect(
      reshapePortalOrder(rawOrder({ payment_status: null })).payment_status
    ).toBe("awaiting_transfer")
    // Medusa's own word for an unpaid VietQR order must never pass for paid.
    expect(
      reshapePortalOrder(rawOrder({ payment_status: "authorized" }))
        .payment_status
    ).toBe("awaiting_transfer")
  })

  it("reads a missing payment status of a canceled order as canceled", () => {
    expect(
      reshapePortalOrder(
        rawOrder({ status: "canceled", payment_status: undefined })
      ).payment_status
    ).toBe("canceled")
  })

  it("keeps the rest of the order as before", () => {
    const order = reshapePortalOrder(
      rawOrder({
        payment_status: "paid",
        total: "85000" as unknown as number,
        items: null,
        shipments: [
          {
            carrier: "Viettel Post",
            tracking_numbers: ["VTP1"],
            shipped_at: null,
          },
        ],
      })
    )
    expect(order.total).toBe(85000)
    expect(order.items).toEqual([])
    expect(order.shipments).toEqual([
      {
        carrier: "Viettel Post",
        carrier_code: null,
        tracking_numbers: ["VTP1"],
        tracking: [{ number: "VTP1", url: null }],
        shipped_at: null,
      },
    ])
  })
})

describe("reshapePortalStats", () => {
  it("gives the four share sources in one order, zero where the backend left one out", () => {
    const stats = reshapePortalStats({
      shares: [
        { source: "copy", visits: 2, link_outs: 1 },
        { source: "zalo", visits: 5, link_outs: 3 },
      ],
    })
    expect(stats.shares).toEqual([
      { source: "zalo", visits: 5, link_outs: 3 },
      { source: "fb", visits: 0, link_outs: 0 },
      { source: "qr", visits: 0, link_outs: 0 },
      { source: "copy", visits: 2, link_outs: 1 },
    ])
  })

  it("has no share figures when an older backend sends none", () => {
    expect(reshapePortalStats({ revenue: 0 }).shares).toBeNull()
  })
})
