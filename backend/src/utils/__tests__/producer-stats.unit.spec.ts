import { describe, expect, it } from "vitest"
import {
  clicksByMarketplace,
  sharesBySource,
  statsWindowStart,
  vietnamWeekStart,
  weeklySales,
} from "../producer-stats"

// Thursday 26 November 2026, 10:00 in Đà Lạt.
const now = new Date("2026-11-26T03:00:00Z")

describe("producer figures", () => {
  it("starts a week on Monday 00:00 Vietnam time, even late on Sunday evening UTC", () => {
    expect(vietnamWeekStart(now).toISOString()).toEqual(
      "2026-11-22T17:00:00.000Z"
    )
    // Sunday 22 Nov 18:00 UTC is already Monday 23 Nov 01:00 in Vietnam.
    expect(
      vietnamWeekStart(new Date("2026-11-22T18:00:00Z")).toISOString()
    ).toEqual("2026-11-22T17:00:00.000Z")
  })

  it("covers eight weeks, this one included, with empty weeks shown as zero", () => {
    const weeks = weeklySales([], now)
    expect(weeks).toHaveLength(8)
    expect(weeks[0].week_start).toEqual("2026-10-05")
    expect(weeks[7]).toEqual({
      week_start: "2026-11-23",
      revenue: 0,
      units: 0,
      orders: 0,
    })
    expect(statsWindowStart(now).toISOString()).toEqual(
      "2026-10-04T17:00:00.000Z"
    )
  })

  it("adds up revenue in whole đồng, units and distinct orders per week", () => {
    const weeks = weeklySales(
      [
        {
          order_id: "o1",
          created_at: "2026-11-24T01:00:00Z",
          quantity: 2,
          unit_price: 120000,
        },
        {
          order_id: "o1",
          created_at: "2026-11-24T01:00:00Z",
          quantity: 1,
          unit_price: 45000,
        },
        {
          order_id: "o2",
          created_at: "2026-11-16T05:00:00Z",
          quantity: 3,
          unit_price: 50000,
        },
        // Before the window: left out.
        {
          order_id: "o3",
          created_at: "2026-09-01T05:00:00Z",
          quantity: 9,
          unit_price: 1000,
        },
      ],
      now
    )
    expect(weeks[7]).toMatchObject({ revenue: 285000, units: 3, orders: 1 })
    expect(weeks[6]).toMatchObject({
      week_start: "2026-11-16",
      revenue: 150000,
      units: 3,
      orders: 1,
    })
    expect(weeks.reduce((sum, week) => sum + week.units, 0)).toEqual(6)
  })

  it("counts clicks per marketplace inside the window, zero for a marketplace nobody clicked", () => {
    expect(
      clicksByMarketplace(
        [
          { clicked_at: "2026-11-25T00:00:00Z", marketplace: "voso" },
          { clicked_at: "2026-11-20T00:00:00Z", marketplace: "voso" },
          { clicked_at: "2026-01-01T00:00:00Z", marketplace: "voso" },
        ],
        ["voso", "postmart"],
        now
      )
    ).toEqual({ voso: 2, postmart: 0 })
  })

  it("counts visits and link-outs per share source inside the window, every source shown", () => {
    expect(
      sharesBySource(
        [
          { visited_at: "2026-11-25T00:00:00Z", source: "zalo" },
          { visited_at: "2026-11-24T00:00:00Z", source: "zalo" },
          { visited_at: "2026-11-23T00:00:00Z", source: "qr" },
          // Before the eight weeks: not counted.
          { visited_at: "2026-01-01T00:00:00Z", source: "fb" },
        ],
        [
          { clicked_at: "2026-11-25T00:00:00Z", source: "zalo" },
          // A link-out with no shared link behind it counts for no source.
          { clicked_at: "2026-11-25T00:00:00Z", source: null },
        ],
        now
      )
    ).toEqual([
      { source: "zalo", visits: 2, link_outs: 1 },
      { source: "fb", visits: 0, link_outs: 0 },
      { source: "qr", visits: 1, link_outs: 0 },
      { source: "copy", visits: 0, link_outs: 0 },
    ])
  })
})
