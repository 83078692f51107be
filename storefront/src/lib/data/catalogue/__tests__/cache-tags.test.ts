import { describe, expect, it } from "vitest"
import { catalogueTags } from "../cache-tags"

describe("catalogueTags", () => {
  it("names one product's, one producer's and one category's pages by handle", () => {
    expect(catalogueTags.product("dau-tay-namanh")).toBe(
      "product:dau-tay-namanh"
    )
    expect(catalogueTags.producer("namanh-farm")).toBe("producer:namanh-farm")
    expect(catalogueTags.categoryList("rau-cu")).toBe("product-list:rau-cu")
  })

  it("writes a handle with Vietnamese marks the same however it was typed, without marks", () => {
    const composed = "d\u00e2u-t\u00e2y"
    const decomposed = "da\u0302u-ta\u0302y"
    expect(catalogueTags.product(decomposed)).toBe(
      catalogueTags.product(composed)
    )
    expect(catalogueTags.product(composed)).toBe("product:d%C3%A2u-t%C3%A2y")
  })
})
