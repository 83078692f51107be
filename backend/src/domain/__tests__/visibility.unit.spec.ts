import {
  isProductVisible,
  listingStatusFor,
  notOnSaleError,
  requestedStatusOf,
} from "../visibility"

describe("isProductVisible", () => {
  it("shows a published product of a verified producer", () => {
    expect(
      isProductVisible({
        producerStatus: "verified",
        productStatus: "published",
      })
    ).toBe(true)
  })

  it.each(["draft", "submitted", "suspended", null, undefined] as const)(
    "hides a published product whose producer is %s",
    (producerStatus) => {
      expect(
        isProductVisible({ producerStatus, productStatus: "published" })
      ).toBe(false)
    }
  )

  it.each(["draft", "proposed", "rejected", null])(
    "hides a %s product even from a verified producer",
    (productStatus) => {
      expect(
        isProductVisible({ producerStatus: "verified", productStatus })
      ).toBe(false)
    }
  )
})

describe("listingStatusFor: the status a product is stored with", () => {
  it.each([
    ["published", "verified", "published"],
    ["proposed", "verified", "published"],
    ["published", "submitted", "proposed"],
    ["published", "suspended", "proposed"],
    ["published", "draft", "proposed"],
    ["published", null, "proposed"],
    ["proposed", "suspended", "proposed"],
    ["draft", "verified", "draft"],
    ["draft", "suspended", "draft"],
    ["rejected", "verified", "rejected"],
  ] as const)(
    "a %s product of a %s producer is stored as %s",
    (productStatus, producerStatus, stored) => {
      expect(listingStatusFor({ producerStatus, productStatus })).toBe(stored)
    }
  )

  it("stores as published exactly what the visibility rule shows", () => {
    for (const producerStatus of [
      "draft",
      "submitted",
      "verified",
      "suspended",
      null,
    ] as const) {
      for (const productStatus of ["draft", "proposed", "published"]) {
        const stored = listingStatusFor({ producerStatus, productStatus })
        const wanted = requestedStatusOf(productStatus) === "published"
        expect(stored === "published").toBe(
          wanted &&
            isProductVisible({ producerStatus, productStatus: "published" })
        )
      }
    }
  })

  it("shows a producer the status they asked for", () => {
    expect(requestedStatusOf("proposed")).toBe("published")
    expect(requestedStatusOf("draft")).toBe("draft")
  })
})

describe("notOnSaleError", () => {
  it("names the product in both languages and refuses as not allowed (400)", () => {
    const error = notOnSaleError("Dâu tây")
    expect(error.type).toBe("not_allowed")
    expect(error.message).toBe(
      "Dâu tây hiện không bán / Dâu tây is not available"
    )
  })
})
