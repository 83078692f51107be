import { describe, expect, it } from "vitest"
import { formatCalendarDay, vietnamToday } from "../date"

describe("formatCalendarDay", () => {
  it.each([
    ["2027-05-10", "vi", "10/05/2027"],
    ["2027-05-10", "en", "10 May 2027"],
    ["2027-01-05", "vi", "05/01/2027"],
    ["2027-01-05", "en", "5 January 2027"],
    ["2026-12-31", "vi", "31/12/2026"],
    ["2026-12-31", "en", "31 December 2026"],
  ])("%s in %s reads %s", (day, locale, shown) => {
    expect(formatCalendarDay(day, locale)).toBe(shown)
  })

  it("shows nothing for a missing or impossible day", () => {
    expect(formatCalendarDay(null, "vi")).toBeNull()
    expect(formatCalendarDay("", "vi")).toBeNull()
    expect(formatCalendarDay("10/05/2027", "vi")).toBeNull()
    expect(formatCalendarDay("2027-02-30", "vi")).toBeNull()
    expect(formatCalendarDay("2027-13-01", "en")).toBeNull()
  })
})

describe("vietnamToday", () => {
  it("is already tomorrow in Việt Nam from 17:00 UTC", () => {
    expect(vietnamToday(new Date("2026-12-31T16:59:00Z"))).toBe("2026-12-31")
    expect(vietnamToday(new Date("2026-12-31T17:00:00Z"))).toBe("2027-01-01")
  })
})
