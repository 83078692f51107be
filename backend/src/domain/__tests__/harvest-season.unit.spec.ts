import { describe, expect, it } from "vitest"
import {
  isInSeason,
  monthRanges,
  seasonProblems,
  vietnamMonth,
} from "../harvest-season"

const season = (
  all_year: boolean,
  harvest_months: number[] = [],
  best_months: number[] = []
) => ({ all_year, harvest_months, best_months })

describe("harvest seasons", () => {
  it.each([
    ["all year, best Dec–Apr", season(true, [], [12, 1, 2, 3, 4]), []],
    ["all year, no best months", season(true), []],
    ["made Oct–Jan", season(false, [10, 11, 12, 1]), []],
    ["month 13", season(false, [13]), ["harvest_months"]],
    ["month 0 among best", season(true, [], [0, 1]), ["best_months"]],
    ["half a month", season(false, [2.5]), ["harvest_months"]],
    ["a month twice", season(false, [3, 3]), ["harvest_months"]],
    ["seasonal without months", season(false), ["harvest_months"]],
    ["all year with harvest months", season(true, [5]), ["harvest_months"]],
    ["seasonal with best months", season(false, [5], [5]), ["best_months"]],
  ])("%s → problems in %j", (_name, input, fields) => {
    expect(seasonProblems(input).map((problem) => problem.field)).toEqual(
      fields
    )
  })

  it.each([
    [[12, 1, 2, 3, 4], [{ from: 12, to: 4 }]],
    [[10, 11, 12, 1], [{ from: 10, to: 1 }]],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [{ from: 1, to: 12 }]],
    [
      [3, 5, 6],
      [
        { from: 3, to: 3 },
        { from: 5, to: 6 },
      ],
    ],
    [[], []],
  ])("groups %j as %j", (months, ranges) => {
    expect(monthRanges(months)).toEqual(ranges)
  })

  it("turns the month at midnight in Đà Lạt, seven hours before UTC", () => {
    expect(vietnamMonth(new Date("2026-11-30T16:59:59Z"))).toEqual(11)
    expect(vietnamMonth(new Date("2026-11-30T17:00:00Z"))).toEqual(12)
  })

  it.each([
    ["strawberries in December", season(true, [], [12, 1, 2, 3, 4]), true],
    ["celery powder, all year, no best months", season(true), false],
    ["persimmons made Oct–Jan", season(false, [10, 11, 12, 1]), true],
    ["squash picked Jun–Sep", season(false, [6, 7, 8, 9]), false],
  ])("%s: in season on 7 December → %s", (_name, input, expected) => {
    expect(isInSeason(input, new Date("2026-12-07T05:00:00Z"))).toEqual(
      expected
    )
  })
})
