import { describe, expect, it } from "vitest"
import { reshapeSeason, seasonBody } from "../season"

const form = (allYear: string, months: string[]) => {
  const data = new FormData()
  data.set("all_year", allYear)
  for (const month of months) data.append("month", month)
  return data
}

describe("seasonBody", () => {
  it("sends the chosen months as best months of an all-year product", () => {
    expect(seasonBody(form("true", ["4", "12", "1"]))).toEqual({
      all_year: true,
      harvest_months: [],
      best_months: [1, 4, 12],
    })
  })

  it("sends them as harvest months of a seasonal product, none left for the backend to refuse", () => {
    expect(seasonBody(form("false", ["11", "1"]))).toEqual({
      all_year: false,
      harvest_months: [1, 11],
      best_months: [],
    })
    expect(seasonBody(form("false", []))).toEqual({
      all_year: false,
      harvest_months: [],
      best_months: [],
    })
  })
})

describe("reshapeSeason", () => {
  it("reads the backend's shape and leaves an unset season null", () => {
    expect(
      reshapeSeason({
        all_year: true,
        harvest_months: [],
        best_months: [12, 1],
      })
    ).toEqual({ allYear: true, harvestMonths: [], bestMonths: [1, 12] })
    expect(reshapeSeason(null)).toBeNull()
    expect(reshapeSeason({ harvest_months: [1] })).toBeNull()
  })
})
