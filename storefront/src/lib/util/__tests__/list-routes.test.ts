import { describe, expect, it } from "vitest"
import {
  internalListPath,
  publicListAddress,
  publicPathname,
} from "../list-routes"

const query = (search: string) => new URLSearchParams(search)

describe("internalListPath", () => {
  it("serves the product lists' first page from a route named by list and page", () => {
    expect(internalListPath("/vi/products", query(""))).toBe(
      "/vi/products/_list/all/1"
    )
    expect(internalListPath("/en/products/in-season/", query(""))).toBe(
      "/en/products/_list/in-season/1"
    )
  })

  it("puts the category and the page number into the path", () => {
    expect(
      internalListPath("/vi/products", query("category=rau-cu&page=2"))
    ).toBe("/vi/products/_list/all/2/rau-cu")
    expect(
      internalListPath(
        "/vi/products/in-season",
        query("page=3&category=trai-cay")
      )
    ).toBe("/vi/products/_list/in-season/3/trai-cay")
  })

  it("keeps a category with Vietnamese marks one encoded path segment", () => {
    expect(
      internalListPath("/vi/products", query("category=d%C3%A2u%2Fx"))
    ).toBe("/vi/products/_list/all/1/d%C3%A2u%2Fx")
  })

  it("reads a page that is not a positive whole number as the first page, as the lists always did", () => {
    for (const page of ["0", "-2", "abc", ""]) {
      expect(internalListPath("/vi/producers", query(`page=${page}`))).toBe(
        "/vi/producers/_list/1"
      )
    }
    expect(internalListPath("/vi/producers", query("page=2"))).toBe(
      "/vi/producers/_list/2"
    )
  })

  it("leaves product and producer pages, other pages and other query keys alone", () => {
    for (const path of [
      "/vi/products/dau-tay-namanh",
      "/vi/producers/namanh-farm",
      "/vi/search",
      "/vi",
      "/products",
    ]) {
      expect(internalListPath(path, query("page=2"))).toBeNull()
    }
    expect(internalListPath("/vi/products", query("utm_source=zalo"))).toBe(
      "/vi/products/_list/all/1"
    )
  })
})

describe("publicListAddress", () => {
  it("names the public address an internal route serves, query included", () => {
    expect(publicListAddress("/vi/products/_list/all/1")).toBe("/vi/products")
    expect(publicListAddress("/vi/products/_list/in-season/2/rau-cu")).toBe(
      "/vi/products/in-season?category=rau-cu&page=2"
    )
    expect(publicListAddress("/en/producers/_list/3")).toBe(
      "/en/producers?page=3"
    )
  })

  it("is the inverse of internalListPath, marks included", () => {
    for (const address of [
      "/vi/products?category=d%C3%A2u&page=2",
      "/en/products/in-season?category=rau-cu",
      "/vi/producers?page=4",
    ]) {
      const url = new URL(address, "http://shop.test")
      const internal = internalListPath(url.pathname, url.searchParams)
      expect(internal && publicListAddress(internal)).toBe(address)
    }
  })

  it("leaves every other path alone", () => {
    expect(publicListAddress("/vi/products/dau-tay-namanh")).toBeNull()
    expect(publicListAddress("/vi/products/_listing")).toBeNull()
    expect(publicListAddress("/vi/products")).toBeNull()
  })
})

describe("publicPathname", () => {
  it("names the public list an internal route renders, with or without its locale", () => {
    expect(publicPathname("/products/_list/all/2/rau-cu")).toBe("/products")
    expect(publicPathname("/products/_list/in-season/1")).toBe(
      "/products/in-season"
    )
    expect(publicPathname("/en/producers/_list/3")).toBe("/en/producers")
  })

  it("returns any other path unchanged", () => {
    expect(publicPathname("/products/dau-tay-namanh")).toBe(
      "/products/dau-tay-namanh"
    )
  })
})
