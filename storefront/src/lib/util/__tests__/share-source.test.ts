import { describe, expect, it } from "vitest"
import {
  facebookShareUrl,
  linkOutHref,
  parseShareSource,
  parseShareVisit,
  withShareSource,
} from "../share-source"

describe("parseShareSource", () => {
  it("accepts only the four sources the backend counts", () => {
    for (const source of ["zalo", "fb", "qr", "copy"]) {
      expect(parseShareSource(source)).toBe(source)
    }
    for (const other of ["ZALO", "facebook", "", null, undefined, 1]) {
      expect(parseShareSource(other)).toBeNull()
    }
  })
})

describe("share URLs", () => {
  const page = "https://cho.example.vn/vi/products/d%C3%A2u-t%C3%A2y"

  it("sets src once, replacing one the address already had", () => {
    expect(withShareSource(page, "zalo")).toBe(`${page}?src=zalo`)
    expect(withShareSource(`${page}?src=fb&x=1`, "copy")).toBe(
      `${page}?src=copy&x=1`
    )
  })

  it("hands Facebook the page marked src=fb, encoded", () => {
    expect(facebookShareUrl(page)).toBe(
      `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(
        `${page}?src=fb`
      )}`
    )
  })

  it("adds the visit's source to a link-out only when there is one", () => {
    expect(linkOutHref("/vi/go/mkl_1", null)).toBe("/vi/go/mkl_1")
    expect(linkOutHref("/vi/go/mkl_1", "qr")).toBe("/vi/go/mkl_1?src=qr")
    expect(linkOutHref("/vi/go/mkl_1?src=fb", "zalo")).toBe(
      "/vi/go/mkl_1?src=zalo"
    )
  })
})

describe("parseShareVisit", () => {
  it("reads a product or producer visit with its handle", () => {
    expect(
      parseShareVisit({ page: "product", handle: " dau-tay ", source: "zalo" })
    ).toEqual({ page: "product", handle: "dau-tay", source: "zalo" })
    expect(
      parseShareVisit({ page: "producer", handle: "htx", source: "qr" })
    ).toEqual({ page: "producer", handle: "htx", source: "qr" })
  })

  it("reads a home or list visit, which names no handle", () => {
    expect(parseShareVisit({ page: "home", source: "fb" })).toEqual({
      page: "home",
      source: "fb",
    })
    expect(
      parseShareVisit({ page: "list", handle: "x", source: "fb" })
    ).toBeNull()
  })

  it("refuses anything else", () => {
    for (const body of [
      null,
      "visit",
      [],
      { page: "product", source: "zalo" },
      { page: "product", handle: "", source: "zalo" },
      { page: "product", handle: "x".repeat(201), source: "zalo" },
      { page: "cart", source: "zalo" },
      { page: "home", source: "sms" },
    ]) {
      expect(parseShareVisit(body)).toBeNull()
    }
  })
})
