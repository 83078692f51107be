import { describe, expect, it } from "vitest"
import { pageSubject } from "../page-subject"

const none = new URLSearchParams()

describe("pageSubject", () => {
  it("names the product, producer or order an address shows", () => {
    expect(pageSubject("/vi/products/dau-tay-namanh", none)).toEqual({
      kind: "product",
      handle: "dau-tay-namanh",
    })
    expect(pageSubject("/en/producers/namanh-farm/", none)).toEqual({
      kind: "producer",
      handle: "namanh-farm",
    })
    expect(pageSubject("/vi/orders/order_01ABC", none)).toEqual({
      kind: "order",
      id: "order_01ABC",
    })
  })

  it("decodes a handle with Vietnamese marks the way Medusa stores it", () => {
    expect(pageSubject("/vi/products/d%C3%A2u-t%C3%A2y", none)).toEqual({
      kind: "product",
      handle: "dâu-tây",
    })
  })

  it("leaves the lists' share cards, which are images and not products, alone", () => {
    expect(pageSubject("/vi/products/opengraph-image-h1tm8r", none)).toBeNull()
    expect(pageSubject("/en/producers/opengraph-image", none)).toBeNull()
  })

  it("names the category a product list is filtered by", () => {
    expect(
      pageSubject("/vi/products", new URLSearchParams("category=rau-cu"))
    ).toEqual({ kind: "category", handle: "rau-cu" })
  })

  it("reads /products/in-season as the product list, not as a product", () => {
    expect(pageSubject("/vi/products/in-season", none)).toBeNull()
    expect(
      pageSubject(
        "/en/products/in-season/",
        new URLSearchParams("category=rau-cu")
      )
    ).toEqual({ kind: "category", handle: "rau-cu" })
  })

  it("leaves pages that cannot be missing, and unreadable addresses, alone", () => {
    for (const path of [
      "/vi",
      "/vi/products",
      "/vi/search",
      "/vi/products/dau-tay/reviews",
      "/vi/portal/products/prod_1",
      "/fr/products/dau-tay",
      "/vi/products/%E0%A4%A",
    ]) {
      expect(pageSubject(path, none), path).toBeNull()
    }
    expect(
      pageSubject("/vi/search", new URLSearchParams("category=rau-cu"))
    ).toBeNull()
  })
})
