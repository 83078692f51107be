import { describe, expect, it } from "vitest"
import { parseSearchParams, searchFilters, searchQuery } from "../params"

describe("search URL state", () => {
  it("reads the query, facets and page from the URL and ignores nonsense", () => {
    expect(
      parseSearchParams({
        q: " dau tay ",
        stars: "9",
        price: "cheap",
        page: "-2",
      })
    ).toEqual({
      q: "dau tay",
      category: null,
      producer: null,
      stars: null,
      price: null,
      page: 1,
    })
    expect(
      parseSearchParams({
        q: "hong",
        category: "dac-san-say",
        stars: "4",
        price: "50k-100k",
        page: "2",
      })
    ).toMatchObject({
      category: "dac-san-say",
      stars: 4,
      price: "50k-100k",
      page: 2,
    })
  })

  it("goes back to the first page when a filter changes", () => {
    const params = parseSearchParams({ q: "dau", page: "3" })
    expect(searchQuery(params, { producer: "namanh-farm" })).toEqual({
      q: "dau",
      producer: "namanh-farm",
    })
    expect(searchQuery(params, { page: 2 })).toEqual({ q: "dau", page: "2" })
  })

  it("turns facets into the Search Module's filters", () => {
    const params = parseSearchParams({
      category: "rau-cu",
      producer: "namanh-farm",
      stars: "4",
      price: "over-200k",
    })
    expect(searchFilters(params)).toEqual({
      category_handles: "rau-cu",
      producer_handle: "namanh-farm",
      ocop_stars: { $gte: 4 },
      price_min: { $gte: 200000 },
    })
  })
})
