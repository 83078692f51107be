import { describe, expect, it } from "vitest"
import { monthTurned } from "../month-turn"

describe("month turn in Vietnam (UTC+7)", () => {
  it.each([
    [
      "17:00 UTC on 30 Nov: midnight of 1 Dec in Đà Lạt",
      "2026-11-30T17:00:00Z",
      true,
    ],
    ["a run a few seconds late", "2026-11-30T17:00:05Z", true],
    ["the last second of that hour", "2026-11-30T17:59:59Z", true],
    ["23:00 on 30 Nov in Đà Lạt", "2026-11-30T16:00:00Z", false],
    ["the hour after the turn", "2026-11-30T18:00:00Z", false],
    ["midnight UTC on 1 Dec (07:00 in Đà Lạt)", "2026-12-01T00:00:00Z", false],
    ["the new year: December to January", "2026-12-31T17:00:00Z", true],
    ["28 Feb in a common year", "2027-02-28T17:00:00Z", true],
    ["28 Feb in a leap year (29 Feb follows)", "2028-02-28T17:00:00Z", false],
    ["29 Feb in a leap year", "2028-02-29T17:00:00Z", true],
    ["the middle of a month", "2026-12-15T17:00:00Z", false],
  ])("%s (%s) → %s", (_name, moment, expected) => {
    expect(monthTurned(new Date(moment))).toEqual(expected)
  })
})
