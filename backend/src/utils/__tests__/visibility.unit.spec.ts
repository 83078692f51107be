import { isProductVisible } from "../visibility"

// The link registers itself with Medusa's module registry, which only exists in the app.
vi.mock("../../links/producer-product", () => ({
  default: { entryPoint: "producer_product" },
}))

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
