import { createTranslator } from "next-intl"
import { describe, expect, it } from "vitest"
import en from "../../../../messages/en.json"
import vi from "../../../../messages/vi.json"
import {
  formatSeason,
  monthName,
  monthRanges,
  type HarvestSeason,
} from "../season"

const translators = {
  vi: createTranslator({ locale: "vi", messages: vi, namespace: "season" }),
  en: createTranslator({ locale: "en", messages: en, namespace: "season" }),
}

const seasonal = (harvestMonths: number[]): HarvestSeason => ({
  allYear: false,
  harvestMonths,
  bestMonths: [],
})
const allYear = (bestMonths: number[]): HarvestSeason => ({
  allYear: true,
  harvestMonths: [],
  bestMonths,
})

describe("monthRanges", () => {
  it.each([
    [[5, 6, 7, 8], [{ from: 5, to: 8 }]],
    [[1, 10, 11, 12], [{ from: 10, to: 1 }]],
    [[1, 2, 3, 4, 12], [{ from: 12, to: 4 }]],
    [
      [1, 3, 4, 9],
      [
        { from: 1, to: 1 },
        { from: 3, to: 4 },
        { from: 9, to: 9 },
      ],
    ],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [{ from: 1, to: 12 }]],
    [[0, 13, 2.5], []],
  ])("%j → %j", (months, ranges) => {
    expect(monthRanges(months)).toEqual(ranges)
  })
})

describe("monthName", () => {
  it("counts months in Vietnamese and abbreviates them in English", () => {
    expect(monthName(5, "vi")).toBe("5")
    expect(monthName(5, "en")).toBe("May")
    expect(monthName(12, "en")).toBe("Dec")
  })
})

// Each case: the season, then what Vietnamese and English shoppers read.
const CASES: [string, HarvestSeason, string, string][] = [
  [
    "a seasonal run within the year",
    seasonal([5, 6, 7, 8]),
    "Vào mùa: tháng 5 – tháng 8",
    "In season: May – Aug",
  ],
  [
    "a seasonal run wrapping past December",
    seasonal([1, 2, 3, 11, 12]),
    "Vào mùa: tháng 11 – tháng 3",
    "In season: Nov – Mar",
  ],
  [
    "the backend's calendar order read as one run",
    seasonal([1, 10, 11, 12]),
    "Vào mùa: tháng 10 – tháng 1",
    "In season: Oct – Jan",
  ],
  ["a single month", seasonal([5]), "Vào mùa: tháng 5", "In season: May"],
  [
    "separate runs joined with commas",
    seasonal([1, 3, 4, 9]),
    "Vào mùa: tháng 1, tháng 3 – tháng 4, tháng 9",
    "In season: Jan, Mar – Apr, Sep",
  ],
  [
    "all year with best months wrapping past December",
    allYear([1, 2, 3, 4, 12]),
    "Quanh năm, ngon nhất tháng 12 – 4",
    "All year, best Dec – Apr",
  ],
  [
    "all year with one best month",
    allYear([5]),
    "Quanh năm, ngon nhất tháng 5",
    "All year, best May",
  ],
  [
    "all year with separate best runs",
    allYear([1, 2, 6]),
    "Quanh năm, ngon nhất tháng 1 – 2, tháng 6",
    "All year, best Jan – Feb, Jun",
  ],
  ["all year without best months", allYear([]), "Quanh năm", "All year"],
]

describe("formatSeason", () => {
  it.each(CASES)("%s", (_name, season, inVietnamese, inEnglish) => {
    expect(formatSeason(season, "vi", translators.vi)).toBe(inVietnamese)
    expect(formatSeason(season, "en", translators.en)).toBe(inEnglish)
  })

  it("says nothing without a season, or for a seasonal product without months", () => {
    expect(formatSeason(null, "vi", translators.vi)).toBeNull()
    expect(formatSeason(undefined, "en", translators.en)).toBeNull()
    expect(formatSeason(seasonal([]), "vi", translators.vi)).toBeNull()
  })
})
