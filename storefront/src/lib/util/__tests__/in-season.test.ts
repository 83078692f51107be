import { describe, expect, it } from "vitest"
import {
  monthInWords,
  pageOfProducts,
  productListPath,
  searchPath,
} from "../in-season"

const product = (id: string, ...categoryIds: string[]) => ({
  id,
  categories: categoryIds.map((categoryId) => ({ id: categoryId })),
})

// In the backend's order: persimmons, strawberries, dried bananas, coffee, artichoke tea.
const inSeason = [
  product("hong-treo-gio", "dac-san-say"),
  product("dau-tay", "trai-cay"),
  product("chuoi-say", "dac-san-say"),
  product("ca-phe"),
  product("tra-atiso", "dac-san-say", "tra"),
]

const ids = (page: { items: { id: string }[] }) =>
  page.items.map((item) => item.id)

describe("pageOfProducts", () => {
  it("pages the list in the backend's order", () => {
    const first = pageOfProducts(inSeason, { page: 1, pageSize: 2 })
    expect(ids(first)).toEqual(["hong-treo-gio", "dau-tay"])
    expect(first).toMatchObject({ count: 5, page: 1, pageCount: 3 })
    expect(ids(pageOfProducts(inSeason, { page: 3, pageSize: 2 }))).toEqual([
      "tra-atiso",
    ])
  })

  it("keeps only the chosen category's products, counted alone", () => {
    const dried = pageOfProducts(inSeason, {
      categoryId: "dac-san-say",
      page: 1,
      pageSize: 12,
    })
    expect(ids(dried)).toEqual(["hong-treo-gio", "chuoi-say", "tra-atiso"])
    expect(dried).toMatchObject({ count: 3, pageCount: 1 })
  })

  it("answers one empty page when nothing is in season", () => {
    expect(pageOfProducts([], { page: 1, pageSize: 12 })).toEqual({
      items: [],
      count: 0,
      page: 1,
      pageSize: 12,
      pageCount: 1,
    })
  })

  it("keeps a page past the end as asked, so the page can answer 404", () => {
    const past = pageOfProducts(inSeason, { page: 4, pageSize: 2 })
    expect(past.items).toEqual([])
    expect(past.page).toBeGreaterThan(past.pageCount)
  })
})

describe("the in-season addresses", () => {
  it("put the filter in the path of the list and of the search", () => {
    expect(productListPath(true)).toEqual("/products/in-season")
    expect(productListPath(false)).toEqual("/products")
    expect(searchPath(true)).toEqual("/search/in-season")
    expect(searchPath(false)).toEqual("/search")
  })
})

describe("monthInWords", () => {
  it("counts the month in Vietnamese and names it in English", () => {
    expect(monthInWords(12, "vi")).toEqual("12")
    expect(monthInWords(12, "en")).toEqual("December")
    expect(monthInWords(1, "en")).toEqual("January")
  })
})
