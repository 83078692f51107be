import { describe, expect, it } from "vitest"
import {
  preorderProblems,
  preorderQuantityProblem,
  preorderUnitsLeft,
  unitSource,
} from "../preorder"
import { vietnamDate } from "../harvest-season"
import { firstShippingDay, tetBreak } from "../tet-break"

const TODAY = "2026-12-07"

describe("pre-orders", () => {
  it.each([
    ["a harvest in May, 40 units", "2027-05-10", 40, 0, []],
    ["today", TODAY, 40, 0, ["harvest_on"]],
    ["yesterday", "2026-12-06", 40, 0, ["harvest_on"]],
    ["exactly a year and a day ahead", "2027-12-08", 40, 0, []],
    ["more than that", "2027-12-09", 40, 0, ["harvest_on"]],
    ["not a date", "10/05/2027", 40, 0, ["harvest_on"]],
    ["30 February", "2027-02-30", 40, 0, ["harvest_on"]],
    ["no units", "2027-05-10", 0, 0, ["quantity"]],
    ["half a unit", "2027-05-10", 1.5, 0, ["quantity"]],
    ["over the cap", "2027-05-10", 100_001, 0, ["quantity"]],
    ["below what is pre-ordered", "2027-05-10", 4, 5, ["quantity"]],
    ["equal to what is pre-ordered", "2027-05-10", 5, 5, []],
    ["both wrong", "2020-01-01", -1, 0, ["harvest_on", "quantity"]],
  ])("%s → problems in %j", (_name, harvest_on, quantity, ordered, fields) => {
    expect(
      preorderProblems({ harvest_on, quantity }, { today: TODAY, ordered }).map(
        (problem) => problem.field
      )
    ).toEqual(fields)
  })

  it.each([
    ["open, some ordered", "2027-05-10", 20, 3, 17],
    ["all taken", "2027-05-10", 20, 20, 0],
    ["harvest day has come", TODAY, 20, 3, 0],
    ["harvest past", "2026-11-01", 20, 0, 0],
  ])("%s → %i units left", (_name, harvest_on, quantity, ordered, left) => {
    expect(preorderUnitsLeft({ harvest_on, quantity, ordered }, TODAY)).toBe(
      left
    )
  })

  it.each([
    [null, true, "untracked"],
    [5, true, "stock"],
    [0, true, "preorder"],
    [-3, true, "preorder"],
    [0, false, "stock"],
  ] as const)(
    "available %s with an open announcement %s → from %s",
    (available, open, source) => {
      expect(unitSource(available, open)).toBe(source)
    }
  )

  it("refuses units beyond what is left, in both languages", () => {
    expect(preorderQuantityProblem(3, 3)).toBeNull()
    expect(preorderQuantityProblem(4, 3)).toBe(
      "Chỉ còn 3 suất đặt trước / Only 3 left to pre-order"
    )
  })

  it("reads the date in Vietnam, which turns at 17:00 UTC", () => {
    expect(vietnamDate(new Date("2026-12-31T16:59:59Z"))).toBe("2026-12-31")
    expect(vietnamDate(new Date("2026-12-31T17:00:00Z"))).toBe("2027-01-01")
  })
})

describe("the carriers' Tết break", () => {
  it.each([
    // Tết 2027 is 6 February: the break runs 30 January – 12 February.
    ["the day before the break", "2027-01-29", "2027-01-29"],
    ["its first day", "2027-01-30", "2027-02-13"],
    ["Tết itself", "2027-02-06", "2027-02-13"],
    ["its last day", "2027-02-12", "2027-02-13"],
    ["the day after", "2027-02-13", "2027-02-13"],
    // Tết 2028 is 26 January: the break starts on 19 January.
    ["mid-January 2028, inside", "2028-01-20", "2028-02-02"],
    ["a summer harvest", "2027-05-10", "2027-05-10"],
  ])("%s (%s) ships on %s", (_name, ready, ships) => {
    expect(firstShippingDay(ready)).toBe(ships)
  })

  it("covers every year a harvest can be announced for from now on", () => {
    const year = Number(vietnamDate(new Date()).slice(0, 4))
    expect(tetBreak(year)).not.toBeNull()
    expect(tetBreak(year + 1)).not.toBeNull()
  })
})
